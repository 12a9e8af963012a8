package be.pst.examples.consumer;

import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * An annotation processor of a consumer that looks hard at pst's types, as mapping or injection
 * processors do: every annotation of every type of the packages it is given, and of their members,
 * with its values, and the annotations of each annotation's type (meta-annotations), with theirs.
 * javac reads these from our class files; an annotation whose class the consumer lacks, with
 * values, makes it warn ("Cannot find annotation method…"). Reports one note: what it walked.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(AnnotationWalker.PACKAGES)
public final class AnnotationWalker extends AbstractProcessor {

  /** The option naming the packages to walk, comma-separated. */
  static final String PACKAGES = "pst.packages";

  /** Creates the processor (javac does). */
  public AnnotationWalker() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      return false;
    }
    int types = 0;
    int walked = 0;
    for (String name : processingEnv.getOptions().get(PACKAGES).split(",")) {
      PackageElement pkg = processingEnv.getElementUtils().getPackageElement(name);
      if (pkg == null) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "no package " + name);
        continue;
      }
      for (Element type : pkg.getEnclosedElements()) {
        types++;
        walked += walk(type);
        for (Element member : type.getEnclosedElements()) {
          walked += walk(member);
        }
      }
    }
    processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
        "walked " + walked + " annotations on " + types + " types");
    return false;
  }

  private static int walk(Element element) {
    int walked = 0;
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      walked++;
      annotation.getElementValues().values().forEach(Object::toString);
      List<? extends AnnotationMirror> metas =
          annotation.getAnnotationType().asElement().getAnnotationMirrors();
      for (AnnotationMirror meta : metas) {
        walked++;
        meta.getElementValues().values().forEach(Object::toString);
      }
    }
    return walked;
  }
}
