package fr.ctg.evaluation.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EvaluativeQuestionRepository extends JpaRepository<EvaluativeQuestion, Long> {

    List<EvaluativeQuestion> findByConventionIdOrderByNumber(long conventionId);

    /** Loads a question for changing it, holding a row lock until the transaction ends (saves queue up). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from EvaluativeQuestion q where q.id = :id")
    Optional<EvaluativeQuestion> findForUpdate(long id);

    /** The question's convention, without loading the question (checked before locking it). */
    @Query("select q.conventionId from EvaluativeQuestion q where q.id = :id")
    Optional<Long> conventionIdOf(long id);

    @Query("select coalesce(max(q.number), 0) from EvaluativeQuestion q where q.conventionId = :conventionId")
    int maxNumber(long conventionId);
}
