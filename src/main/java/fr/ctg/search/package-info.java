/**
 * One search for everything (#18): the search box and page, and the {@link fr.ctg.search.SearchSource} each feature
 * implements to find its items with its own read rules (MariaDB FULLTEXT indexes; the text of PDF, OpenDocument and
 * Office files is extracted at upload by the documents feature).
 */
@ApplicationModule(displayName = "Search")
@NullMarked
package fr.ctg.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
