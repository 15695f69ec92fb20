package fr.ctg.discussion.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DiscussionCommentRevisionRepository extends JpaRepository<DiscussionCommentRevision, Long> {

    List<DiscussionCommentRevision> findByCommentIdOrderByIdAsc(Long commentId);

    List<DiscussionCommentRevision> findByCommentIdIn(Collection<Long> commentIds);
}
