package fr.ctg.avenant.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ConventionBaselineRepository extends JpaRepository<ConventionBaseline, Long> {

    Optional<ConventionBaseline> findFirstByConventionIdOrderByIdDesc(long conventionId);

    List<ConventionBaseline> findByConventionIdOrderById(long conventionId);

    /** The convention's baselines, newest first, the rows locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from ConventionBaseline b where b.conventionId = :conventionId order by b.id desc")
    List<ConventionBaseline> findLatestForUpdate(long conventionId);
}
