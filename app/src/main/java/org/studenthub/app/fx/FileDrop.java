package org.studenthub.app.fx;

import java.io.File;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from the desktop onto a node. While files are over it the node shows the {@code drop-target}
 * style; dropping hands the file list to the node's handler (no file is touched on the FX thread: the handler
 * reads them in the background).
 */
public final class FileDrop {
    private static final String HANDLER = FileDrop.class.getName();

    private FileDrop() {}

    /** Makes {@code target} take dropped files while {@code enabled} says so. */
    public static void install(Node target, BooleanSupplier enabled, Consumer<List<File>> handler) {
        target.getProperties().put(HANDLER, handler);
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (enabled.getAsBoolean() && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!target.getStyleClass().contains("drop-target")) {
                    target.getStyleClass().add("drop-target");
                }
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove("drop-target"));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean taken = enabled.getAsBoolean() && e.getDragboard().hasFiles() && drop(target, e.getDragboard().getFiles());
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    /**
     * What a drop on {@code target} does with {@code files}: the same call the drag-and-drop handler makes (tests
     * use it, since a desktop drag cannot be driven headless). False when nothing was handed over.
     */
    @SuppressWarnings("unchecked")
    public static boolean drop(Node target, List<File> files) {
        target.getStyleClass().remove("drop-target");
        Object handler = target.getProperties().get(HANDLER);
        if (handler == null || files.isEmpty()) {
            return false;
        }
        ((Consumer<List<File>>) handler).accept(List.copyOf(files));
        return true;
    }
}
