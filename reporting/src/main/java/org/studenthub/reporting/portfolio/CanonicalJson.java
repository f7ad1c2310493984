package org.studenthub.reporting.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studenthub.core.portfolio.PortfolioContent;

/**
 * The canonical content of a portfolio ({@code portfolio.json}): the college, the student and the approved
 * achievements with their evidence hashes, as UTF-8 JSON with properties and map keys sorted, no insignificant
 * whitespace, dates as ISO-8601 strings and only whole numbers. The same content always gives the same bytes, so
 * its SHA-256 identifies it: the credential id and the issue date are deliberately not part of it.
 */
public final class CanonicalJson {
    /** Names the shape of the JSON, for verifiers reading it years later. */
    public static final String FORMAT = "studenthub-portfolio/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CanonicalJson() {}

    /** The canonical bytes of the content. */
    public static byte[] of(PortfolioContent content) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", FORMAT);
        root.put("college", college(content.college()));
        root.put("student", student(content.student()));
        List<Object> achievements = new ArrayList<>();
        for (PortfolioContent.Achievement a : content.achievements()) {
            achievements.add(achievement(a));
        }
        root.put("achievements", achievements);
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("portfolio content cannot be written as JSON", e);
        }
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Map<String, Object> college(PortfolioContent.College college) {
        Map<String, Object> map = new TreeMap<>();
        map.put("code", college.code());
        map.put("name", college.name());
        return map;
    }

    private static Map<String, Object> student(PortfolioContent.Student student) {
        Map<String, Object> map = new TreeMap<>();
        map.put("number", student.number());
        map.put("givenName", student.givenName());
        map.put("familyName", student.familyName());
        map.put("programme", student.programme());
        map.put("degree", student.degree());
        putIfPresent(map, "section", student.section());
        return map;
    }

    private static Map<String, Object> achievement(PortfolioContent.Achievement a) {
        Map<String, Object> map = new TreeMap<>();
        map.put("id", a.id());
        map.put("version", a.version());
        map.put("category", a.categoryCode());
        map.put("categoryName", a.categoryName());
        map.put("level", a.level().name());
        map.put("title", a.title());
        putIfPresent(map, "description", a.description());
        putIfPresent(map, "issuer", a.issuer());
        putIfPresent(map, "event", a.event());
        map.put("startsOn", a.startsOn().toString());
        putIfPresent(map, "endsOn", a.endsOn() == null ? null : a.endsOn().toString());
        map.put("points", a.points());
        putIfPresent(map, "approvedAt", a.approvedAt() == null ? null
                : a.approvedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        putIfPresent(map, "approvedBy", a.approvedBy());
        List<Object> evidence = new ArrayList<>();
        for (PortfolioContent.Evidence e : a.evidence()) {
            Map<String, Object> file = new TreeMap<>();
            file.put("fileName", e.fileName());
            file.put("mediaType", e.mediaType());
            file.put("sha256", e.sha256());
            evidence.add(file);
        }
        map.put("evidence", evidence);
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
