package fr.ctg.discussion.internal;

import fr.ctg.discussion.DiscussionKind;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DiscussionCommentRepository extends JpaRepository<DiscussionComment, Long> {

    List<DiscussionComment> findByTargetKindAndTargetIdOrderByIdAsc(DiscussionKind targetKind, Long targetId);
}
