package fr.ctg.governance;

import fr.ctg.document.DocumentLinkTargets;
import fr.ctg.document.LinkTarget;
import fr.ctg.governance.internal.DeadlineRepository;
import fr.ctg.governance.internal.MeetingRepository;
import org.springframework.stereotype.Component;

/** Documents link to evaluation milestones (their deliverables) and to meetings of the same convention. */
@Component
class MilestoneDocumentLinks {

    @Component
    static class Milestones implements DocumentLinkTargets {
        private final DeadlineRepository deadlines;

        Milestones(DeadlineRepository deadlines) {
            this.deadlines = deadlines;
        }

        @Override
        public LinkTarget target() {
            return LinkTarget.MILESTONE;
        }

        @Override
        public boolean existsIn(long conventionId, long targetId) {
            return deadlines.findById(targetId).filter(d -> d.getConventionId() == conventionId
                    && d.getKind() == DeadlineKind.EVALUATION_MILESTONE).isPresent();
        }
    }

    @Component
    static class Meetings implements DocumentLinkTargets {
        private final MeetingRepository meetings;

        Meetings(MeetingRepository meetings) {
            this.meetings = meetings;
        }

        @Override
        public LinkTarget target() {
            return LinkTarget.MEETING;
        }

        @Override
        public boolean existsIn(long conventionId, long targetId) {
            return meetings.findById(targetId).filter(m -> m.getConventionId() == conventionId).isPresent();
        }
    }
}
