package org.memoryjpa.internal.proxy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Turns attribute accessors held as method handles into accessors the JIT inlines: one hidden class
 * per group of attributes (an entity type and its embeddables), holding the handles in {@code static
 * final} fields, and one instance of it per attribute, {@link Function} for reading and {@link
 * BiConsumer} for writing. A handle held in an ordinary field is not a constant to C2, so every call
 * through it stays a call; a {@code static final} one is folded into a plain field access or method
 * call. The class is defined in this package with the handles as its class data, so it needs no access
 * to the entity's package, class loader or module: whatever the handles may do, it may. Stateless and
 * thread-safe; a generated class is unloaded with the last accessor that uses it.
 */
public final class AccessorGenerator {

  private static final String OBJECT = "java/lang/Object";
  private static final String HANDLE = Type.getInternalName(MethodHandle.class);
  private static final String GET = MethodType.methodType(Object.class, Object.class).toMethodDescriptorString();
  private static final String SET =
      MethodType.methodType(void.class, Object.class, Object.class).toMethodDescriptorString();

  private AccessorGenerator() {}

  /** One attribute's handles: {@code (Object)Object} and {@code (Object,Object)void}, or null for none. */
  public record Handles(MethodHandle getter, MethodHandle setter) {}

  /**
   * One accessor per entry of {@code handles}, in order; each is a {@link Function} (get) and a
   * {@link BiConsumer} (set) that call that entry's handles. Calling a handle the entry lacks (the
   * setter of a record component, which {@code PropertyAccessor} never installs) throws an
   * {@link IllegalStateException}: it would be a bug in memory-jpa, not a missing feature.
   *
   * @throws ReflectiveOperationException (or a {@link LinkageError}) when the class cannot be
   *     defined; callers then keep calling the handles as they are
   */
  public static List<Object> generate(List<Handles> handles) throws ReflectiveOperationException {
    List<MethodHandle> constants = new ArrayList<>(handles.size() * 2);
    for (Handles h : handles) {
      constants.add(h.getter());
      constants.add(h.setter());
    }
    MethodHandles.Lookup own = MethodHandles.lookup();
    String name = AccessorGenerator.class.getPackageName().replace('.', '/') + "/DirectAccessor";
    byte[] bytes = classBytes(name, handles);
    MethodHandles.Lookup generated = own.defineHiddenClassWithClassData(bytes, constants, true);
    MethodHandle constructor =
        generated.findConstructor(generated.lookupClass(), MethodType.methodType(void.class, int.class));
    List<Object> accessors = new ArrayList<>(handles.size());
    for (int i = 0; i < handles.size(); i++) {
      try {
        accessors.add(constructor.invoke(i));
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
    return accessors;
  }

  private static byte[] classBytes(String name, List<Handles> handles) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
      @Override
      protected String getCommonSuperClass(String a, String b) {
        return OBJECT; // no class loading while the frames are computed
      }
    };
    cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, OBJECT,
        new String[] {Type.getInternalName(Function.class), Type.getInternalName(BiConsumer.class)});
    cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "member", "I", null, null).visitEnd();
    for (int i = 0; i < handles.size(); i++) {
      int modifiers = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
      cw.visitField(modifiers, "g" + i, "L" + HANDLE + ";", null, null).visitEnd();
      cw.visitField(modifiers, "s" + i, "L" + HANDLE + ";", null, null).visitEnd();
    }
    classInitializer(cw, name, handles.size());
    constructor(cw, name);
    boolean[] getters = new boolean[handles.size()];
    boolean[] setters = new boolean[handles.size()];
    for (int i = 0; i < handles.size(); i++) {
      getters[i] = handles.get(i).getter() != null;
      setters[i] = handles.get(i).setter() != null;
    }
    dispatch(cw, name, "apply", "(Ljava/lang/Object;)Ljava/lang/Object;", "g", GET, getters);
    dispatch(cw, name, "accept", "(Ljava/lang/Object;Ljava/lang/Object;)V", "s", SET, setters);
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** Copies the class data (the handles, getter and setter alternating) into the static finals. */
  private static void classInitializer(ClassWriter cw, String name, int count) {
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
        "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
    mv.visitLdcInsn("_");
    mv.visitLdcInsn(Type.getType(List.class));
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
    mv.visitTypeInsn(Opcodes.CHECKCAST, "java/util/List");
    mv.visitVarInsn(Opcodes.ASTORE, 0);
    for (int i = 0; i < count * 2; i++) {
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      mv.visitLdcInsn(i);
      mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/List", "get", "(I)Ljava/lang/Object;", true);
      mv.visitTypeInsn(Opcodes.CHECKCAST, HANDLE);
      mv.visitFieldInsn(Opcodes.PUTSTATIC, name, (i % 2 == 0 ? "g" : "s") + (i / 2), "L" + HANDLE + ";");
    }
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private static void constructor(ClassWriter cw, String name) {
    MethodVisitor mv = cw.visitMethod(0, "<init>", "(I)V", null, null);
    mv.visitCode();
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitVarInsn(Opcodes.ILOAD, 1);
    mv.visitFieldInsn(Opcodes.PUTFIELD, name, "member", "I");
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /**
   * {@code apply} or {@code accept}: a switch on the instance's member index, each case calling its
   * constant handle with {@code invokeExact}; members without that handle throw.
   */
  private static void dispatch(ClassWriter cw, String name, String method, String descriptor, String prefix,
      String handleDescriptor, boolean[] present) {
    boolean reads = prefix.equals("g");
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, method, descriptor, null, null);
    mv.visitCode();
    Label unsupported = new Label();
    Label[] cases = new Label[present.length];
    for (int i = 0; i < cases.length; i++) {
      cases[i] = present[i] ? new Label() : unsupported;
    }
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitFieldInsn(Opcodes.GETFIELD, name, "member", "I");
    mv.visitTableSwitchInsn(0, Math.max(0, cases.length - 1), unsupported,
        cases.length == 0 ? new Label[] {unsupported} : cases);
    for (int i = 0; i < cases.length; i++) {
      if (!present[i]) {
        continue;
      }
      mv.visitLabel(cases[i]);
      mv.visitFieldInsn(Opcodes.GETSTATIC, name, prefix + i, "L" + HANDLE + ";");
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      if (!reads) {
        mv.visitVarInsn(Opcodes.ALOAD, 2);
      }
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, HANDLE, "invokeExact", handleDescriptor, false);
      mv.visitInsn(reads ? Opcodes.ARETURN : Opcodes.RETURN);
    }
    mv.visitLabel(unsupported);
    mv.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalStateException");
    mv.visitInsn(Opcodes.DUP);
    mv.visitLdcInsn(reads ? "This attribute has no getter" : "This attribute has no setter (a record component)");
    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V",
        false);
    mv.visitInsn(Opcodes.ATHROW);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }
}
