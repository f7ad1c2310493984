package org.studenthub.core.portfolio;

/**
 * A college's look on its portfolios: logo (PNG or JPEG, or none) and two colours as {@code #RRGGBB}.
 *
 * @param primaryColour headings, rules and the cover band
 * @param accentColour  highlights: points, level badges, links
 */
public record CollegeBranding(byte[] logo, String logoMediaType, String primaryColour, String accentColour) {
    /** StudentHub's own colours, for a college that set none: a deep blue and a warm gold. */
    public static final CollegeBranding DEFAULT = new CollegeBranding(null, null, "#1F3A5F", "#B8862B");

    public boolean hasLogo() {
        return logo != null;
    }
}
