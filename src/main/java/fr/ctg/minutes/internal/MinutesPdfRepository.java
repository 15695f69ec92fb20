package fr.ctg.minutes.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesPdfRepository extends JpaRepository<MinutesPdf, Long> {
}
