package fr.ctg.minutes;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.minutes.internal.Minutes;
import fr.ctg.minutes.internal.MinutesRead;
import fr.ctg.minutes.internal.MinutesReadRepository;
import fr.ctg.minutes.internal.MinutesRemark;
import fr.ctg.minutes.internal.MinutesRemarkRepository;
import fr.ctg.minutes.internal.MinutesSection;
import fr.ctg.minutes.internal.MinutesSectionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of circulated minutes: attendees read (a receipt is kept) and leave remarks anchored to a
 * section; they do not edit. The secretariat accepts or answers each remark.
 */
@Service
@Transactional
public class MinutesReviewService {

    private final MinutesSectionRepository sections;
    private final MinutesRemarkRepository remarks;
    private final MinutesReadRepository reads;
    private final MinutesGate gate;
    private final Clock clock;

    MinutesReviewService(MinutesSectionRepository sections, MinutesRemarkRepository remarks, MinutesReadRepository reads,
                  MinutesGate gate, Clock clock) {
        this.sections = sections;
        this.remarks = remarks;
        this.reads = reads;
        this.gate = gate;
        this.clock = clock;
    }

    /** Records that the caller, a reviewer, opened the circulated draft (the first time counts). */
    public void markRead(long minutesId) {
        Minutes m = gate.readable(minutesId);
        long me = gate.me();
        if (m.getStatus() == MinutesStatus.IN_REVIEW && MinutesGate.isReviewer(m, me)
                && reads.findByMinutesIdAndAccountId(minutesId, me).isEmpty()) {
            reads.save(new MinutesRead(minutesId, me));
        }
    }

    /** Who of the reviewers has opened the draft, and when (secretariat). */
    @Transactional(readOnly = true)
    public List<ReadReceipt> receipts(long minutesId) {
        Minutes m = gate.forSecretariat(minutesId);
        Map<Long, Instant> readAt = reads.findByMinutesId(minutesId).stream()
                .collect(Collectors.toMap(MinutesRead::getAccountId, MinutesRead::getCreatedAt, (a, b) -> a));
        return MinutesGate.reviewers(m).stream()
                .map(a -> new ReadReceipt(a.getAccountId(), a.getDisplayName(), readAt.get(a.getAccountId()))).toList();
    }

    /** A reviewer's remark on a section, during the review period. */
    public RemarkRow remark(long sectionId, String body) {
        MinutesSection s = sections.findById(sectionId).orElseThrow(NotFoundException::new);
        Minutes m = gate.readable(s.getMinutesId());
        if (m.getStatus() != MinutesStatus.IN_REVIEW) {
            throw new BusinessRuleException("remark.error.notInReview");
        }
        if (!MinutesGate.isReviewer(m, gate.me()) && !gate.isChair(m)) {
            throw new AccessRefusedException();
        }
        if (LocalDate.now(clock).isAfter(m.getReviewUntil())) {
            throw new BusinessRuleException("remark.error.closed", m.getReviewUntil());
        }
        String text = MinutesText.required(body, 2000, "remark.error.body");
        return MinutesViews.view(remarks.save(new MinutesRemark(m.getId(), sectionId, gate.me(), gate.myName(), text)));
    }

    /** The secretariat takes a remark into the text (answer optional) or answers it (answer required). */
    public RemarkRow resolve(long remarkId, RemarkResolution resolution, String answer) {
        MinutesRemark r = remarks.findById(remarkId).orElseThrow(NotFoundException::new);
        Minutes m = gate.forSecretariat(r.getMinutesId());
        if (m.getStatus() != MinutesStatus.IN_REVIEW) {
            throw new BusinessRuleException("remark.error.notInReview");
        }
        if (resolution == null) {
            throw new BusinessRuleException("remark.error.resolution");
        }
        String text = answer == null ? "" : answer.strip();
        if (resolution == RemarkResolution.ANSWERED && text.isEmpty()) {
            throw new BusinessRuleException("remark.error.answer");
        }
        text = MinutesText.markdown(text, 2000, "remark.error.answerLength");
        r.resolve(resolution, text.isEmpty() ? null : text, gate.me());
        return MinutesViews.view(r);
    }
}
