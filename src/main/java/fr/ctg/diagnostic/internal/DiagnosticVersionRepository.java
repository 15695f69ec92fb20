package fr.ctg.diagnostic.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DiagnosticVersionRepository extends JpaRepository<DiagnosticVersion, Long> {

    @Query("select v from DiagnosticVersion v where v.conventionId = ?1 and v.publishedAt is null")
    Optional<DiagnosticVersion> findDraft(long conventionId);

    /** The draft, holding its row lock until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from DiagnosticVersion v where v.conventionId = ?1 and v.publishedAt is null")
    Optional<DiagnosticVersion> findDraftForUpdate(long conventionId);

    @Query("select v from DiagnosticVersion v where v.conventionId = ?1 and v.publishedAt is not null order by v.number desc")
    List<DiagnosticVersion> findPublished(long conventionId);

    Optional<DiagnosticVersion> findByConventionIdAndNumber(long conventionId, int number);

    boolean existsByConventionId(long conventionId);
}
