package org.studenthub.core.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a core class that may use the headless part of {@code java.awt} (images, 2D drawing, colours, transforms)
 * to process pictures. Core still never opens a window: the architecture test allows such a class only
 * {@code java.awt.image}, {@code java.awt.geom}, {@code java.awt.color} and the drawing classes, never toolkits,
 * windows or Swing.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HeadlessImaging {
    /** Why the class needs pictures, for the reader of the architecture rule. */
    String value();
}
