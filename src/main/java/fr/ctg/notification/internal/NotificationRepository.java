package fr.ctg.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByAccountIdAndReadAtIsNull(Long accountId);

    List<Notification> findByAccountIdOrderByIdDesc(Long accountId, Limit limit);

    List<Notification> findByAccountIdAndReadAtIsNull(Long accountId);

    List<Notification> findByCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByAccountIdAscIdAsc(Instant from,
                                                                                                 Instant to);
}
