/**
 * Deliberations and documents with their versions, files on disk or storage, downloads checked on every request, quota, orphan sweeps, and the panel of documents linked to an objective or a meeting (shared).
 */
@ApplicationModule(displayName = "Deliberations and documents")
@NullMarked
package fr.ctg.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
