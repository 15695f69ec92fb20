package fr.ctg.document.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByDocumentIdOrderByNumberDesc(Long documentId);

    Optional<DocumentVersion> findFirstByConventionIdAndSha256(Long conventionId, String sha256);

    /** The bytes a convention's files take (every version counts: none is ever deleted but with its document). */
    @Query("select coalesce(sum(v.sizeBytes), 0) from DocumentVersion v where v.conventionId = :conventionId")
    long totalSizeOfConvention(Long conventionId);

    @Query("select v.storageKey from DocumentVersion v")
    List<String> allStorageKeys();

    @Query("select coalesce(max(v.number), 0) from DocumentVersion v where v.documentId = :documentId")
    int maxNumber(Long documentId);
}
