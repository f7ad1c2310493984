package org.studenthub.app.fx;

import atlantafx.base.controls.CustomTextField;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;

/**
 * Binds the list half of a reference screen to a {@link ReferenceList}: the search field (filters as the person
 * types), the status picker ("Any status" first), the table with its empty and loading text, and the choice of a
 * row. The table's texts: {@code <keyPrefix>empty} when there is no record at all, {@code <keyPrefix>none} when
 * none matches. Statuses read {@code <keyPrefix>status.<status>}.
 *
 * <pre>{@code
 * new ReferenceListBinding<>(model.list(), locale, "client.department.")
 *         .search(search).status(status, DepartmentStatus.class).table(table, model, editor::focusFirstField)
 *         .loading(loading).message(message).count(count);
 * }</pre>
 */
public final class ReferenceListBinding<T, S extends Enum<S>> {
    private final ReferenceList<T, S> list;
    private final Locale locale;
    private final String keyPrefix;

    public ReferenceListBinding(ReferenceList<T, S> list, Locale locale, String keyPrefix) {
        this.list = list;
        this.locale = locale;
        this.keyPrefix = keyPrefix;
    }

    public ReferenceListBinding<T, S> search(CustomTextField field) {
        field.setLeft(new FontIcon("mdmz-search"));
        field.textProperty().bindBidirectional(list.textProperty());
        return this;
    }

    /** The status picker, offering "any" and each of {@code type}'s values. */
    public ReferenceListBinding<T, S> status(ChoiceBox<S> picker, Class<S> type) {
        picker.getItems().add(null);
        picker.getItems().addAll(Arrays.asList(type.getEnumConstants()));
        picker.setConverter(EnumLabels.converter(locale, keyPrefix + "status.", "client.record.status.any"));
        picker.valueProperty().bindBidirectional(list.statusProperty());
        return this;
    }

    /**
     * The table of matching records. Selecting a row opens it in {@code editor}, whose record stays selected;
     * Enter on a row runs {@code open} (e.g. to put the keyboard in the editor).
     */
    public ReferenceListBinding<T, S> table(TableView<T> table, RecordEditor<T> editor, Runnable open) {
        table.setItems(list.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> list.loadingProperty().get()
                ? I18n.tr(locale, "client.record.loading")
                : I18n.tr(locale, keyPrefix + (list.all().isEmpty() ? "empty" : "none")),
                list.loadingProperty(), list.all()));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                editor.choose(now);
            }
        });
        editor.recordProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (!now.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.run();
                e.consume();
            }
        });
        return this;
    }

    public ReferenceListBinding<T, S> loading(ProgressIndicator indicator) {
        indicator.visibleProperty().bind(list.loadingProperty());
        return this;
    }

    /** Why the list could not be read. */
    public ReferenceListBinding<T, S> message(Label label) {
        label.textProperty().bind(list.messageProperty());
        return this;
    }

    /** "12 of 30" under the table. */
    public ReferenceListBinding<T, S> count(Label label) {
        label.textProperty().bind(Bindings.createStringBinding(() -> I18n.tr(locale, "client.record.count",
                list.rows().size(), list.all().size()), list.rows(), list.all()));
        return this;
    }
}
