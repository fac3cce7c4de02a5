package vn.kdcl.report;

/** A line of the district book's table of contents; {@code indent} 1 for a school under its heading. */
public record TocEntry(String title, int page, int indent) {
}
