package fr.ctg.governance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderSentRepository extends JpaRepository<ReminderSent, Long> {
    boolean existsByKey(String key);
}
