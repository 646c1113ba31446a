package com.cohelm.schedule;

import com.cohelm.activity.FieldChanges;
import com.cohelm.goal.GoalRef;
import com.cohelm.goal.GoalService;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A milestone's "waits on" dependencies and linked goals, written as a difference: only the links that were
 * removed are deleted and only the new ones inserted, so saving a milestone with the same links writes
 * nothing, and a link is never deleted and written again (the bulk delete then save that lost them, issue 26).
 */
@Component
class MilestoneLinks {

    /** The ids a milestone waits on and the ids of the goals it moves forward. */
    record Links(Set<Long> dependsOn, Set<Long> goalIds) {

        Links {
            dependsOn = Set.copyOf(dependsOn);
            goalIds = Set.copyOf(goalIds);
        }

        static Links of(MilestoneDraft draft) {
            return new Links(draft.dependsOn(), draft.goalIds());
        }
    }

    private final MilestoneDependencyRepository dependencies;
    private final MilestoneGoalLinkRepository goalLinks;
    private final MilestoneRepository milestones;
    private final GoalService goalService;

    MilestoneLinks(MilestoneDependencyRepository dependencies, MilestoneGoalLinkRepository goalLinks,
            MilestoneRepository milestones, GoalService goalService) {
        this.dependencies = dependencies;
        this.goalLinks = goalLinks;
        this.milestones = milestones;
        this.goalService = goalService;
    }

    Links of(long milestoneId) {
        return new Links(
                dependencies.findByMilestoneId(milestoneId).stream().map(MilestoneDependency::getDependsOnId)
                        .collect(Collectors.toSet()),
                goalLinks.findByMilestoneId(milestoneId).stream().map(MilestoneGoalLink::getGoalId)
                        .collect(Collectors.toSet()));
    }

    /** Makes the stored links {@code wanted}: deletes the ones no longer wanted, inserts the new ones. */
    void save(long milestoneId, Links wanted) {
        var stored = dependencies.findByMilestoneId(milestoneId);
        dependencies.deleteAll(stored.stream().filter(d -> !wanted.dependsOn().contains(d.getDependsOnId())).toList());
        var kept = stored.stream().map(MilestoneDependency::getDependsOnId).collect(Collectors.toSet());
        dependencies.saveAll(wanted.dependsOn().stream().filter(id -> !kept.contains(id))
                .map(id -> new MilestoneDependency(milestoneId, id)).toList());

        var storedGoals = goalLinks.findByMilestoneId(milestoneId);
        goalLinks.deleteAll(storedGoals.stream().filter(l -> !wanted.goalIds().contains(l.getGoalId())).toList());
        var keptGoals = storedGoals.stream().map(MilestoneGoalLink::getGoalId).collect(Collectors.toSet());
        goalLinks.saveAll(wanted.goalIds().stream().filter(id -> !keptGoals.contains(id))
                .map(id -> new MilestoneGoalLink(milestoneId, id)).toList());
    }

    /** Adds to {@code changes} the links that differ, named by the titles of the milestones and goals. */
    FieldChanges describe(long programId, Links was, Links now, FieldChanges changes) {
        if (!was.dependsOn().equals(now.dependsOn())) {
            var ids = new HashSet<>(was.dependsOn());
            ids.addAll(now.dependsOn());
            var titles = milestones.findByProgramIdAndIdIn(programId, ids).stream()
                    .collect(Collectors.toMap(Milestone::getId, Milestone::getTitle));
            changes.set("waits on", was.dependsOn(), now.dependsOn(), id -> titles.getOrDefault(id, "#" + id));
        }
        if (!was.goalIds().equals(now.goalIds())) {
            Map<Long, String> titles = goalService.titles(programId).stream()
                    .collect(Collectors.toMap(GoalRef::id, GoalRef::title, (a, b) -> a));
            changes.set("goals", was.goalIds(), now.goalIds(), id -> titles.getOrDefault(id, "#" + id));
        }
        return changes;
    }
}
