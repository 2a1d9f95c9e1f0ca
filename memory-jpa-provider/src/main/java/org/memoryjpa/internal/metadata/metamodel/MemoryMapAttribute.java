package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.Map;
import org.memoryjpa.internal.metadata.AttributeMapping;

/** An attribute declared as a {@code java.util.Map}, with its key type. Immutable once built. */
final class MemoryMapAttribute<X, K, V> extends MemoryPluralAttribute<X, Map<K, V>, V>
    implements MapAttribute<X, K, V> {

  private Type<K> keyType;

  MemoryMapAttribute(AttributeMapping mapping, MemoryManagedType<X> declaringType) {
    super(mapping, declaringType);
  }

  @Override
  @SuppressWarnings("unchecked")
  void resolveTypes(MemoryMetamodel metamodel) {
    super.resolveTypes(metamodel);
    keyType = (Type<K>) metamodel.keyTypeOf(plural());
  }

  @Override
  public Class<K> getKeyJavaType() {
    return keyType.getJavaType();
  }

  @Override
  public Type<K> getKeyType() {
    return keyType;
  }

  @Override
  String kind() {
    return "MapAttribute";
  }

  @Override
  String accessor() {
    return "getMap";
  }
}
