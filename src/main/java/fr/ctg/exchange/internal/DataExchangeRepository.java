package fr.ctg.exchange.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DataExchangeRepository extends JpaRepository<DataExchange, Long> {

    List<DataExchange> findByConventionIdOrderByNumberDesc(long conventionId);

    @Query("select coalesce(max(d.number), 0) from DataExchange d where d.conventionId = :conventionId")
    int maxNumber(long conventionId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DataExchange d where d.id = :id")
    Optional<DataExchange> findForUpdate(long id);
}
