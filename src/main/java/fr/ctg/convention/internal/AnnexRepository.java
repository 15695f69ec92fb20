package fr.ctg.convention.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AnnexRepository extends JpaRepository<Annex, Long> {

    @Query("select a from Annex a where a.convention.id = :conventionId and a.number = :number")
    Optional<Annex> find(long conventionId, int number);

    /** Loads an annex for saving, holding a row lock until the transaction ends (saves queue up). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Annex a where a.convention.id = :conventionId and a.number = :number")
    Optional<Annex> findForUpdate(long conventionId, int number);
}
