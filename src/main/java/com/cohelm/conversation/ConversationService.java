package com.cohelm.conversation;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.activity.AccessAudit;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.markdown.MarkdownRenderer;
import com.cohelm.program.ProgramAccess;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Comment threads on the things of a program. Every method first asks the subject's own feature whether
 * the reader may see it (through a {@link SubjectSource}, which goes through that feature's access-checked
 * service); a thing the reader may not see, or a comment of another thread, answers as not found. Then:
 * <ul>
 * <li>everyone who sees the thing reads its thread; members of either side write (viewers do not);</li>
 * <li>only the author edits a comment, and the earlier wording is kept in a history its readers see;</li>
 * <li>the author deletes, and so may a supplier admin for moderation: readers see a "deleted" marker, the text
 * stays in the database and in the audit log (decision 0018);</li>
 * <li>an @mention names someone who may read the thread, or the comment is refused; posting publishes
 * {@link PeopleMentioned} for them (never the author).</li>
 * </ul>
 * A supplier-internal thing's thread is supplier-internal: customers neither read it nor are mentioned in it,
 * and its activity is recorded as supplier-internal.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ConversationService {

    /** How many comments a thread shows at first and per "show earlier". */
    public static final int PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_CANDIDATES = 8;
    private static final String CSS_CLASS = "comment-text markdown";

    private final CommentRepository comments;
    private final CommentRevisionRepository revisions;
    private final CommentMentionRepository mentions;
    private final Map<String, SubjectSource> sources;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramService programService;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final AccessAudit accessAudit;
    private final ApplicationEventPublisher events;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ConversationService(CommentRepository comments, CommentRevisionRepository revisions,
            CommentMentionRepository mentions, List<SubjectSource> sources, ProgramAccessPolicy accessPolicy,
            ProgramService programService, AccountDirectory directory, ActivityRecorder activity,
            AccessAudit accessAudit, ApplicationEventPublisher events, CurrentUserService currentUser, Clock clock) {
        this.comments = comments;
        this.revisions = revisions;
        this.mentions = mentions;
        this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(SubjectSource::type, Function.identity()));
        this.accessPolicy = accessPolicy;
        this.programService = programService;
        this.directory = directory;
        this.activity = activity;
        this.accessAudit = accessAudit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The thing, its program and what the reader may do there, once it is known they may see it. */
    private record Opened(CommentSubject subject, ProgramAccess access, SubjectInfo info) {

        CurrentUser user() {
            return access.user();
        }

        boolean mayPost() {
            return access.canContribute();
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * The newest {@code limit} comments of the thread before comment {@code beforeId} (the newest of all when
     * null), oldest first. A fixed number of statements whatever the thread's length.
     */
    @Transactional(readOnly = true)
    public CommentThread thread(CommentSubject subject, Long beforeId, int limit) {
        var opened = open(subject);
        var size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        var page = comments.findPage(subject.programId(), subject.type(), subject.id(), beforeId,
                PageRequest.of(0, size + 1));
        var earlier = page.size() > size;
        var shown = new ArrayList<>(page.subList(0, Math.min(size, page.size())));
        shown.sort(Comparator.comparing(Comment::getId));
        var total = comments.countByProgramIdAndSubjectTypeAndSubjectId(subject.programId(), subject.type(),
                subject.id());
        return new CommentThread(subject, opened.info().title(), opened.info().supplierOnly(), opened.mayPost(), total,
                views(opened, shown), earlier);
    }

    /** Every wording of a comment, the current one first; nothing for a deleted comment. */
    @Transactional(readOnly = true)
    public List<CommentRevisionView> history(CommentSubject subject, long commentId) {
        open(subject);
        var comment = find(subject, commentId);
        if (comment.isDeleted()) {
            return List.of();
        }
        var names = mentionedNames(List.of(comment.getId())).getOrDefault(comment.getId(), List.of());
        var list = new ArrayList<CommentRevisionView>();
        list.add(new CommentRevisionView(comment.getBody(), render(comment.getBody(), names), comment.wordedAt(),
                true));
        revisions.findByCommentIdOrderByIdDesc(commentId).forEach(r -> list.add(new CommentRevisionView(r.getBody(),
                render(r.getBody(), names), r.getWrittenAt(), false)));
        return list;
    }

    /**
     * The people a comment in this thread may mention whose name (any word of it) starts with {@code prefix},
     * or all of them for a blank prefix, by name: whoever may read the thread (the program's members of both
     * sides, the supplier's admins, the customer's admins; only supplier staff in a supplier-internal thread),
     * never the reader themselves.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> mentionCandidates(CommentSubject subject, String prefix) {
        var opened = open(subject);
        var wanted = folded(prefix == null ? "" : prefix.strip());
        return audience(opened).values().stream()
                .filter(p -> p.id() != opened.user().id())
                .filter(p -> wanted.isEmpty() || Stream.of(folded(p.displayName()).split("\\s+"))
                        .anyMatch(word -> word.startsWith(wanted)) || folded(p.displayName()).startsWith(wanted))
                .sorted(Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .limit(MAX_CANDIDATES)
                .toList();
    }

    /** Lower case without accents, so that "tomas" finds Tomás. */
    private static String folded(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The ids of everyone who may read the thread, by the same rule as {@link #mentionCandidates}: for whoever
     * acts on a thread's behalf (notifications re-check their recipients with it).
     */
    @Transactional(readOnly = true)
    public Set<Long> audience(CommentSubject subject) {
        return Set.copyOf(audience(open(subject)).keySet());
    }

    // ---------------------------------------------------------------- writing

    public CommentView post(CommentSubject subject, @Valid CommentDraft draft) {
        var opened = open(subject);
        requireWriter(opened);
        var body = validBody(draft);
        var mentioned = validMentions(opened, draft.mentions());
        var comment = comments.saveAndFlush(new Comment(subject, opened.user().id(), body, clock.instant()));
        mentioned.forEach(id -> mentions.save(new CommentMention(comment.getId(), id)));
        activity.record(entry(ActivityKind.COMMENT_POSTED, opened).change(null, body));
        announce(opened, comment, mentioned);
        return views(opened, List.of(comment)).getFirst();
    }

    /**
     * The author rewords their comment if it has not changed since {@code expectedVersion}; the earlier
     * wording is kept. People newly mentioned are told; those mentioned before are not told again.
     */
    public CommentView edit(CommentSubject subject, long commentId, long expectedVersion, @Valid CommentDraft draft) {
        var opened = open(subject);
        var comment = find(subject, commentId);
        if (comment.getAuthorId() != opened.user().id() || comment.isDeleted() || !opened.mayPost()) {
            throw new AccessDeniedException("Only the author edits comment " + commentId);
        }
        if (comment.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(views(opened, List.of(comment)).getFirst());
        }
        var body = validBody(draft);
        var mentioned = validMentions(opened, draft.mentions());
        var before = mentions.findByCommentIdIn(List.of(commentId)).stream().map(CommentMention::getPersonId)
                .collect(Collectors.toSet());
        var added = mentioned.stream().filter(id -> !before.contains(id)).collect(Collectors.toSet());
        if (body.equals(comment.getBody()) && added.isEmpty()) {
            return views(opened, List.of(comment)).getFirst();
        }
        var now = clock.instant();
        if (!body.equals(comment.getBody())) {
            revisions.save(new CommentRevision(commentId, comment.getBody(), comment.wordedAt(), now));
            activity.record(entry(ActivityKind.COMMENT_EDITED, opened).change(comment.getBody(), body));
            comment.reword(body, now);
        }
        added.forEach(id -> mentions.save(new CommentMention(commentId, id)));
        comments.saveAndFlush(comment);
        announce(opened, comment, added);
        return views(opened, List.of(comment)).getFirst();
    }

    /**
     * Marks the comment deleted: readers see that a comment was here and who wrote it, not what it said. The
     * author may, and a supplier admin may for moderation.
     */
    public CommentView delete(CommentSubject subject, long commentId, long expectedVersion) {
        var opened = open(subject);
        var comment = find(subject, commentId);
        if (!mayDelete(opened, comment) || comment.isDeleted()) {
            throw new AccessDeniedException("May not delete comment " + commentId);
        }
        if (comment.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(views(opened, List.of(comment)).getFirst());
        }
        comment.markDeleted(opened.user().id(), clock.instant());
        comments.saveAndFlush(comment);
        activity.record(entry(ActivityKind.COMMENT_DELETED, opened).change(comment.getBody(), null));
        return views(opened, List.of(comment)).getFirst();
    }

    // ---------------------------------------------------------------- rules

    /** The thread's subject if the reader may see it, else not found (and the refusal audited). */
    private Opened open(CommentSubject subject) {
        var access = accessPolicy.require(subject.programId(), Need.READ);
        var source = sources.get(subject.type());
        var info = source == null ? java.util.Optional.<SubjectInfo>empty() : find(source, subject);
        if (info.isEmpty() || info.get().supplierOnly() && !access.seesSupplierInternal()) {
            accessAudit.denied(subject.type(), subject.id(), "comments");
            throw new ResourceNotFoundException("Thread", subject.type() + " " + subject.id());
        }
        return new Opened(subject, access, info.get());
    }

    /** A feature's service answers a hidden program with not-found; here it is simply empty. */
    private static java.util.Optional<SubjectInfo> find(SubjectSource source, CommentSubject subject) {
        try {
            return source.find(subject.programId(), subject.id());
        } catch (ResourceNotFoundException hidden) {
            return java.util.Optional.empty();
        }
    }

    /** A comment of this thread; one of another thread is not found like a missing one. */
    private Comment find(CommentSubject subject, long commentId) {
        return comments.findById(commentId).filter(c -> c.belongsTo(subject))
                .orElseThrow(() -> new ResourceNotFoundException("Comment", commentId));
    }

    private static void requireWriter(Opened opened) {
        if (!opened.mayPost()) {
            throw new AccessDeniedException("Viewers do not comment");
        }
    }

    private static boolean mayDelete(Opened opened, Comment comment) {
        var user = opened.user();
        return user.isSupplierAdmin() || comment.getAuthorId() == user.id() && opened.mayPost();
    }

    private static String validBody(CommentDraft draft) {
        var body = draft.markdown() == null ? "" : draft.markdown().strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("markdown", "comment.error.empty");
        }
        if (body.length() > CommentDraft.MAX_LENGTH) {
            throw new InvalidInputException("markdown", "comment.error.too-long");
        }
        return body;
    }

    /** Everyone mentioned must be able to read the thread; the comment is refused otherwise. */
    private Set<Long> validMentions(Opened opened, Set<Long> wanted) {
        if (wanted.isEmpty()) {
            return Set.of();
        }
        var audience = audience(opened);
        if (!audience.keySet().containsAll(wanted)) {
            throw new InvalidInputException("mentions", "comment.error.mention-outsider");
        }
        return Set.copyOf(wanted);
    }

    /**
     * Who may read the thread: the program's members, the supplier's admins (they see every program) and the
     * customer's admins (they see their organization's programs), enabled; supplier staff only when internal.
     */
    private Map<Long, PersonSummary> audience(Opened opened) {
        var program = programService.details(opened.access());
        var supplier = directory.supplier().orElseThrow();
        var admins = Stream.concat(directory.enabledPeopleOf(supplier.id()).stream(),
                        directory.enabledPeopleOf(program.customer().id()).stream())
                .filter(p -> p.role() == Role.ADMIN);
        var people = new LinkedHashMap<Long, PersonSummary>();
        Stream.of(program.supplierMembers().stream(), program.customerMembers().stream(), admins)
                .flatMap(s -> s)
                .filter(PersonSummary::enabled)
                .filter(p -> !opened.info().supplierOnly() || p.side() == Side.SUPPLIER)
                .forEach(p -> people.putIfAbsent(p.id(), p));
        return people;
    }

    /** Tells the mentioned people (never the author) once the comment is stored; listeners act after commit. */
    private void announce(Opened opened, Comment comment, Set<Long> mentioned) {
        var recipients = new HashSet<>(mentioned);
        recipients.remove(opened.user().id());
        if (recipients.isEmpty()) {
            return;
        }
        events.publishEvent(new PeopleMentioned(comment.getId(), opened.subject().programId(), opened.user().id(),
                recipients, opened.info().title(), opened.info().linkTo(comment.getId()),
                opened.info().supplierOnly()));
    }

    private ActivityEntry entry(ActivityKind kind, Opened opened) {
        var entry = ActivityEntry.of(kind)
                .organization(opened.access().customerId())
                .program(opened.subject().programId())
                .subject(opened.subject().type(), opened.subject().id(), opened.info().title());
        return opened.info().supplierOnly() ? entry.supplierInternal() : entry;
    }

    // ---------------------------------------------------------------- views

    /** Views of comments of one thread: three statements for their people, mentions and history counts. */
    private List<CommentView> views(Opened opened, List<Comment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        var ids = list.stream().map(Comment::getId).toList();
        var mentioned = mentions.findByCommentIdIn(ids).stream().collect(Collectors.groupingBy(
                CommentMention::getCommentId, Collectors.mapping(CommentMention::getPersonId, Collectors.toList())));
        var counts = revisions.countByComment(ids).stream().collect(Collectors.toMap(
                row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).intValue()));
        var personIds = new HashSet<Long>();
        list.forEach(c -> personIds.add(c.getAuthorId()));
        mentioned.values().forEach(personIds::addAll);
        var people = directory.people(personIds);
        var user = opened.user();
        return list.stream().map(c -> {
            var deleted = c.isDeleted();
            var mentionedPeople = deleted ? List.<PersonSummary>of() : mentioned.getOrDefault(c.getId(), List.of())
                    .stream().map(people::get).sorted(Comparator.comparing(PersonSummary::displayName)).toList();
            var names = mentionedPeople.stream().map(PersonSummary::displayName).toList();
            return new CommentView(c.getId(), people.get(c.getAuthorId()), c.getCreatedAt(), c.getEditedAt(),
                    c.getDeletedAt(), deleted ? null : c.getBody(), deleted ? null : render(c.getBody(), names),
                    mentionedPeople, deleted ? 0 : counts.getOrDefault(c.getId(), 0), c.getVersion(),
                    !deleted && c.getAuthorId() == user.id() && opened.mayPost(), !deleted && mayDelete(opened, c));
        }).toList();
    }

    private Map<Long, List<String>> mentionedNames(Collection<Long> commentIds) {
        var rows = mentions.findByCommentIdIn(commentIds);
        var people = directory.people(rows.stream().map(CommentMention::getPersonId).collect(Collectors.toSet()));
        return rows.stream().collect(Collectors.groupingBy(CommentMention::getCommentId,
                Collectors.mapping(m -> people.get(m.getPersonId()).displayName(), Collectors.toList())));
    }

    private static String render(String markdown, List<String> mentionedNames) {
        return MarkdownRenderer.toHtmlBlockWithMentions(markdown, mentionedNames, CSS_CLASS);
    }
}
