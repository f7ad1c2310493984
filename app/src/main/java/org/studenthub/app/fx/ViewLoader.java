package org.studenthub.app.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.studenthub.app.I18n;

/**
 * Loads a screen by convention: {@code FooView} is the controller of {@code Foo.fxml} in the same package, whose
 * {@code %key} texts come from the application's bundle in the current language. Controllers are made by the
 * suppliers registered by the composition root; an unregistered controller fails at once, by name.
 */
public final class ViewLoader {
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
    private Locale locale;
    private Consumer<Parent> afterLoad = root -> { };

    public ViewLoader(Locale locale) {
        this.locale = locale;
    }

    /** Runs on every screen just loaded, before it is shown (the text size's pixel widths, for one). */
    public void setAfterLoad(Consumer<Parent> afterLoad) {
        this.afterLoad = afterLoad;
    }

    public <V> void register(Class<V> viewClass, Supplier<? extends V> controller) {
        controllers.put(viewClass, controller);
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The screen's node tree and its controller. */
    public <V> Loaded<V> load(Class<V> viewClass) {
        String name = viewClass.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL fxml = viewClass.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, bundle());
        loader.setControllerFactory(type -> {
            Supplier<?> supplier = controllers.get(type);
            if (supplier == null) {
                throw new IllegalStateException("Controller " + type.getName() + " is not registered");
            }
            return supplier.get();
        });
        try {
            Parent root = loader.load();
            afterLoad.accept(root);
            return new Loaded<>(root, viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name, e);
        }
    }

    private ResourceBundle bundle() {
        return I18n.bundle(locale);
    }

    /** A loaded screen. */
    public record Loaded<V>(Parent root, V view) {}
}
