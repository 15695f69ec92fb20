package fr.ctg.document.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByDocumentIdOrderByNumberDesc(Long documentId);

    Optional<DocumentVersion> findFirstByConventionIdAndSha256(Long conventionId, String sha256);

    @Query("select v.storageKey from DocumentVersion v")
    List<String> allStorageKeys();

    @Query("select coalesce(max(v.number), 0) from DocumentVersion v where v.documentId = :documentId")
    int maxNumber(Long documentId);
}
