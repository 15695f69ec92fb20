package fr.ctg.journal;

import java.util.List;

/** One page of journal lines and how many match in all. */
public record JournalPage(List<JournalRow> rows, long total) {
}
