package fr.ctg.base.pdf;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Markdown blocks as PDF elements: headings, paragraphs, lists, quotes, tables; HTML stays literal text. */
public final class MarkdownToPdf {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final PdfTypography fonts;

    public MarkdownToPdf(PdfTypography fonts) {
        this.fonts = fonts;
    }

    public List<Element> blocks(String markdown) {
        List<Element> out = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return out;
        }
        for (Node n = PARSER.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            block(n, 0, out);
        }
        return out;
    }

    private void block(Node n, int indent, List<Element> out) {
        if (n instanceof Heading) {
            out.add(new Paragraph(text(n), fonts.bold()));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            int i = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                String marker = n instanceof OrderedList ? (i++) + ". " : "• ";
                listItem((ListItem) item, marker, indent + 12, out);
            }
        } else if (n instanceof BlockQuote) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                block(c, indent + 12, out);
            }
        } else if (n instanceof TableBlock) {
            out.add(table(n));
        } else if (n instanceof FencedCodeBlock f) {
            out.add(paragraph(f.getLiteral(), indent));
        } else if (n instanceof IndentedCodeBlock c) {
            out.add(paragraph(c.getLiteral(), indent));
        } else if (n instanceof HtmlBlock h) {
            out.add(paragraph(h.getLiteral(), indent));
        } else {
            String t = text(n);
            if (!t.isBlank()) {
                out.add(paragraph(t, indent));
            }
        }
    }

    private void listItem(ListItem item, String marker, int indent, List<Element> out) {
        boolean first = true;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (first && !(c instanceof BulletList || c instanceof OrderedList)) {
                out.add(paragraph(marker + text(c), indent));
            } else {
                block(c, indent, out);
            }
            first = false;
        }
    }

    private Paragraph paragraph(String text, int indent) {
        Paragraph p = new Paragraph(text, fonts.body());
        p.setIndentationLeft(indent);
        p.setSpacingAfter(3);
        return p;
    }

    private PdfPTable table(Node block) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(block, rows);
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        boolean header = true;
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                String v = i < row.size() ? row.get(i) : "";
                table.addCell(new PdfPCell(new Paragraph(v, header ? fonts.bold() : fonts.body())));
            }
            header = false;
        }
        return table;
    }

    private void collectRows(Node n, List<List<String>> rows) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = c.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                rows.add(cells);
            } else {
                collectRows(c, rows);
            }
        }
    }

    /** The text of inline content; a link keeps its target in brackets. */
    static String text(Node n) {
        StringBuilder b = new StringBuilder();
        appendText(n, b);
        return b.toString().strip();
    }

    private static void appendText(Node n, StringBuilder b) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                b.append(t.getLiteral());
            } else if (c instanceof Code code) {
                b.append(code.getLiteral());
            } else if (c instanceof HtmlInline h) {
                b.append(h.getLiteral());
            } else if (c instanceof SoftLineBreak) {
                b.append(' ');
            } else if (c instanceof HardLineBreak) {
                b.append('\n');
            } else if (c instanceof Link l) {
                appendText(l, b);
                b.append(" (").append(l.getDestination()).append(')');
            } else {
                appendText(c, b);
            }
        }
    }
}
