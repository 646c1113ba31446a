package com.cohelm.feedback;

/**
 * The net promoter score of a pulse's customer answers to "how likely are you to recommend us" (0–10):
 * promoters answer 9 or 10, detractors 0 to 6, passives 7 or 8; the score is the share of promoters
 * minus the share of detractors over all who answered, in whole points from -100 to 100.
 *
 * @param score null when nobody answered
 */
public record NetPromoter(int promoters, int passives, int detractors, Integer score) {

    public int respondents() {
        return promoters + passives + detractors;
    }
}
