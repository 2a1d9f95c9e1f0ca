package org.memoryjpa.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.memoryjpa.session.mapping.base.AuditedBase;

/**
 * The generated accessors call exactly the handles they were given: private fields of a class in
 * another package, primitives boxed and unboxed, a missing setter refused, a wrong value type
 * refused as the handle refuses it. A narrow test: through the API the generated accessors are only
 * seen as values that round-trip (see {@code DirectAccessorTest}).
 */
class AccessorGeneratorTest {

  private static final MethodType GET = MethodType.methodType(Object.class, Object.class);
  private static final MethodType SET = MethodType.methodType(void.class, Object.class, Object.class);

  @Test
  void generate_privateFieldsOfAnotherPackage_readAndWrite() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(AuditedBase.class, MethodHandles.lookup());
    List<Object> accessors = AccessorGenerator.generate(List.of(
        fieldHandles(lookup, "createdBy", String.class),
        fieldHandles(lookup, "revision", int.class)));
    Sample sample = new Sample();

    setter(accessors.get(0)).accept(sample, "alice");
    setter(accessors.get(1)).accept(sample, 42);

    assertThat(sample.getCreatedBy()).isEqualTo("alice");
    assertThat(sample.getRevision()).isEqualTo(42);
    assertThat(getter(accessors.get(0)).apply(sample)).isEqualTo("alice");
    assertThat(getter(accessors.get(1)).apply(sample)).isEqualTo(42);
  }

  @Test
  void generate_missingSetter_throwsIllegalStateNamingIt() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(AuditedBase.class, MethodHandles.lookup());
    MethodHandle getter = lookup.findGetter(AuditedBase.class, "createdBy", String.class).asType(GET);
    Object accessor = AccessorGenerator.generate(List.of(new AccessorGenerator.Handles(getter, null))).get(0);
    Sample sample = new Sample();
    sample.setCreatedBy("bob");

    assertThat(getter(accessor).apply(sample)).isEqualTo("bob");
    assertThatThrownBy(() -> setter(accessor).accept(sample, "carol"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no setter");
    assertThat(sample.getCreatedBy()).isEqualTo("bob");
  }

  @Test
  void generate_wrongValueType_throwsClassCastLikeTheHandle() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(AuditedBase.class, MethodHandles.lookup());
    Object accessor = AccessorGenerator.generate(List.of(fieldHandles(lookup, "revision", int.class))).get(0);

    assertThatThrownBy(() -> setter(accessor).accept(new Sample(), "not a number"))
        .isInstanceOf(ClassCastException.class);
  }

  /** A concrete subclass, in this package, of the superclass whose private fields are accessed. */
  static final class Sample extends AuditedBase {}

  private static AccessorGenerator.Handles fieldHandles(MethodHandles.Lookup lookup, String name, Class<?> type)
      throws ReflectiveOperationException {
    return new AccessorGenerator.Handles(
        lookup.findGetter(AuditedBase.class, name, type).asType(GET),
        lookup.findSetter(AuditedBase.class, name, type).asType(SET));
  }

  @SuppressWarnings("unchecked")
  private static Function<Object, Object> getter(Object accessor) {
    return (Function<Object, Object>) accessor;
  }

  @SuppressWarnings("unchecked")
  private static BiConsumer<Object, Object> setter(Object accessor) {
    return (BiConsumer<Object, Object>) accessor;
  }
}
