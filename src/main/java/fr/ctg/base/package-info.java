/**
 * The shared kernel: what every feature uses and that belongs to none — entities' base class, business errors,
 * time, i18n, the journal's event, mail outbox, CSV, Excel (XLSX), Markdown, PDF, uploads and the page helpers. It
 * depends on no feature; every sub-package is open to all ({@code Type.OPEN}).
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package fr.ctg.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
