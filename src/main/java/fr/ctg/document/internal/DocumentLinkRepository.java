package fr.ctg.document.internal;

import fr.ctg.document.LinkTarget;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentLinkRepository extends JpaRepository<DocumentLink, Long> {

    List<DocumentLink> findByDocumentId(Long documentId);

    List<DocumentLink> findByTargetAndTargetId(LinkTarget target, Long targetId);

    boolean existsByDocumentIdAndTargetAndTargetId(Long documentId, LinkTarget target, Long targetId);

    void deleteByDocumentIdAndTargetAndTargetId(Long documentId, LinkTarget target, Long targetId);
}
