package org.memoryjpa.internal.metadata;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.lang.annotation.Annotation;

/** The seven lifecycle events of the spec, each with the annotation that marks its callbacks. */
public enum CallbackType {
  PRE_PERSIST(PrePersist.class),
  POST_PERSIST(PostPersist.class),
  PRE_REMOVE(PreRemove.class),
  POST_REMOVE(PostRemove.class),
  PRE_UPDATE(PreUpdate.class),
  POST_UPDATE(PostUpdate.class),
  POST_LOAD(PostLoad.class);

  private final Class<? extends Annotation> annotation;

  CallbackType(Class<? extends Annotation> annotation) {
    this.annotation = annotation;
  }

  /** The annotation that marks callbacks of this type. */
  public Class<? extends Annotation> annotation() {
    return annotation;
  }
}
