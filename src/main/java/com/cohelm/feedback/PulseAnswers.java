package com.cohelm.feedback;

import com.cohelm.security.Side;
import java.util.Map;

/** One person's ratings in a pulse, as the results are computed from them. */
public record PulseAnswers(Side side, Map<PulseQuestion, Integer> scores, Integer recommend) {
}
