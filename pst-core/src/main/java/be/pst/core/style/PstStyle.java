package be.pst.core.style;

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
 *
 * <p>Internal: its package is exported only to the pst modules. Its retention is {@code SOURCE}:
 * Immutables reads it on the value types it processes, which are sources, and finds the
 * {@code @Value.Style} it carries in this class file. Our class files thus never mention it, so
 * that a consumer's javac, or an annotation processor of the consumer that looks at the
 * annotations of our types, never meets the {@code @Value.Style} whose jar consumers do not have
 * (with {@code CLASS} retention such a processor made javac warn "Cannot find annotation method
 * 'jdkOnly()' in type 'Value$Style'"). It goes on value types only, not on packages: a package's
 * annotations may be read from {@code package-info.class}, where a {@code SOURCE} annotation is
 * lost. Not {@code @Documented}: it is not part of the API.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
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
