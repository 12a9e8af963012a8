package be.pst.core.style;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every value type of pst.
 *
 * <p>Generated implementation classes ({@code Immutable*}) are package-private: users only see
 * our abstract value types and their nested {@code Builder}s. Generated code uses the JDK only
 * ({@code jdkOnly = true}), so no Guava is needed at run time. Builders are strict: setting a
 * single-valued attribute twice is an error, as is a missing mandatory attribute, and every
 * {@code null} argument is rejected with a message naming the attribute.
 */
@Documented
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    allowedClasspathAnnotations = {Override.class},
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true),
    allParameters = false)
public @interface PstStyle {}
