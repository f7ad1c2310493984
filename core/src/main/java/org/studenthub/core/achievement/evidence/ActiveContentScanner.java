package org.studenthub.core.achievement.evidence;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * Walks every object a PDF reader can reach from the trailer (catalog, name trees, open action, pages,
 * annotations, form fields and their additional actions, nested {@code /Next} actions) and notes the actions and
 * attachments found. Walking the object graph rather than a list of known places means a script cannot hide in a
 * spot this class forgot; content streams are not decoded, since actions and files cannot live in them.
 */
final class ActiveContentScanner {
    private static final COSName SUBMIT_FORM = COSName.getPDFName("SubmitForm");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private final Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    private final EnumSet<ActiveContent> found = EnumSet.noneOf(ActiveContent.class);

    /** The active content reachable from {@code trailer}, in the order of {@link ActiveContent}. */
    List<ActiveContent> scan(COSDictionary trailer) {
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(trailer);
        while (!pending.isEmpty()) {
            COSBase item = resolve(pending.pop());
            if (item == null || !visited.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dictionary) {
                note(dictionary);
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    pending.push(entry.getValue());
                }
            } else if (item instanceof COSArray array) {
                for (COSBase element : array) {
                    pending.push(element);
                }
            }
        }
        return List.copyOf(found);
    }

    private static COSBase resolve(COSBase item) {
        COSBase direct = item instanceof COSObject reference ? reference.getObject() : item;
        return direct instanceof COSDictionary || direct instanceof COSArray ? direct : null;
    }

    private void note(COSDictionary dictionary) {
        COSName action = dictionary.getCOSName(COSName.S);
        if (COSName.JAVA_SCRIPT.equals(action) || dictionary.containsKey(COSName.JS)) {
            found.add(ActiveContent.JAVASCRIPT);
        } else if (LAUNCH.equals(action)) {
            found.add(ActiveContent.LAUNCH_ACTION);
        } else if (COSName.URI.equals(action)) {
            found.add(ActiveContent.WEB_LINK);
        } else if (SUBMIT_FORM.equals(action)) {
            found.add(ActiveContent.FORM_SUBMISSION);
        }
        if (dictionary.containsKey(COSName.EF) || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
            found.add(ActiveContent.EMBEDDED_FILE);
        }
    }
}
