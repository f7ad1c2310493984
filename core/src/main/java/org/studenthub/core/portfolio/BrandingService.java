package org.studenthub.core.portfolio;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.HeadlessImaging;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * A college's branding on its portfolios: the logo and two colours (schema V032). Every member of the college reads
 * it; the college administrator (records.write college-wide) sets it. The logo must be a PNG or JPEG (checked from
 * its bytes, not its name) of at most {@link #MAX_LOGO_BYTES} and {@link #MAX_LOGO_SIDE} pixels a side.
 */
@HeadlessImaging("a college logo is decoded once to check that it is a real picture of a sensible size")
public final class BrandingService {
    public static final int MAX_LOGO_BYTES = 1024 * 1024;
    public static final int MAX_LOGO_SIDE = 4000;
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final Transactions transactions;

    public BrandingService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The college's branding, or {@link CollegeBranding#DEFAULT} when it set none. */
    public CollegeBranding get(CollegeContext context) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.jdbcInCollege(context, c -> PortfolioSource.college(c, context.collegeId()).branding());
    }

    /**
     * Sets the logo (null keeps the current one) and colours; {@code fileName} names the logo in messages.
     * Refuses with a ValidationException saying what is wrong and what to do.
     */
    public CollegeBranding set(CollegeContext context, String fileName, byte[] logo, String primary, String accent) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        String primaryColour = colour("primary", primary);
        String accentColour = colour("accent", accent);
        String mediaType = logo == null ? null : checkLogo(fileName, logo);
        return transactions.jdbcInCollege(context, c -> {
            Long id = existing(c, context.collegeId());
            if (id == null) {
                id = insert(c, context.collegeId(), primaryColour, accentColour);
                Audit.insertedRows(c, context, "college_branding", new long[] {id});
            }
            Audit.RowChange audit = Audit.row(c, context, "college_branding", id);
            update(c, id, context.collegeId(), mediaType, logo, primaryColour, accentColour);
            audit.record();
            return PortfolioSource.college(c, context.collegeId()).branding();
        });
    }

    /** The media type of a valid logo. */
    static String checkLogo(String fileName, byte[] logo) {
        if (logo.length > MAX_LOGO_BYTES) {
            throw invalid("logo", "branding.logo.too_large", fileName, logo.length / 1024, MAX_LOGO_BYTES / 1024);
        }
        String mediaType = mediaType(logo);
        if (mediaType == null) {
            throw invalid("logo", "branding.logo.type", fileName);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(logo));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw invalid("logo", "branding.logo.unreadable", fileName);
        }
        if (image.getWidth() > MAX_LOGO_SIDE || image.getHeight() > MAX_LOGO_SIDE) {
            throw invalid("logo", "branding.logo.too_many_pixels", fileName, image.getWidth(), image.getHeight(),
                    MAX_LOGO_SIDE);
        }
        return mediaType;
    }

    private static String mediaType(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    private static String colour(String field, String value) {
        if (value == null || !COLOUR.matcher(value.strip()).matches()) {
            throw invalid(field, "branding.colour." + field + ".invalid", value);
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    private static Long existing(Connection c, long collegeId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM college_branding WHERE college_id = ?")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long insert(Connection c, long collegeId, String primary, String accent) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO college_branding (college_id, primary_colour,"
                + " accent_colour) VALUES (?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, collegeId);
            insert.setString(2, primary);
            insert.setString(3, accent);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection c, long id, long collegeId, String mediaType, byte[] logo, String primary,
                               String accent) throws SQLException {
        String logoColumns = logo == null ? "" : " logo = ?, logo_media_type = ?, logo_sha256 = ?,";
        try (PreparedStatement update = c.prepareStatement("UPDATE college_branding SET" + logoColumns
                + " primary_colour = ?, accent_colour = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP"
                + " WHERE college_id = ? AND id = ?")) {
            int i = 1;
            if (logo != null) {
                update.setBytes(i++, logo);
                update.setString(i++, mediaType);
                update.setString(i++, sha256(logo));
            }
            update.setString(i++, primary);
            update.setString(i++, accent);
            update.setLong(i++, collegeId);
            update.setLong(i, id);
            update.executeUpdate();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(List.of(new ValidationException.FieldProblem(field, Messages.get(key, args))));
    }
}
