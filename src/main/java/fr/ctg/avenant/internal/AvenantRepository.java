package fr.ctg.avenant.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AvenantRepository extends JpaRepository<Avenant, Long> {

    List<Avenant> findByConventionIdOrderByNumber(long conventionId);

    @Query("select coalesce(max(a.number), 0) from Avenant a where a.conventionId = :conventionId")
    int maxNumber(long conventionId);

    /** Loads an avenant for a step of its course, holding a row lock until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Avenant a where a.id = :id")
    Optional<Avenant> findForUpdate(long id);

    boolean existsByConventionIdAndStatusIn(long conventionId, List<fr.ctg.avenant.AvenantStatus> statuses);
}
