import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Dumps the standard SObject schema shipped in apex-ls's sobject-types jar as JSON on stdout.
 *
 * Usage: java ExtractStandardSchema.java sobject-types.jar standard-types.jar
 *
 * Output: {"objects":{"Account":[["Id","s","Id"],["Parent","r","Account"],["Contacts","a","Contact"]],...}}
 * Kinds: s = scalar (System.* type), r = reference to an SObject class, a = array of an SObject class
 * (a child relationship), o = anything else (e.g. a generic SObject). Static members are skipped.
 */
public class ExtractStandardSchema {
    private static final String SOBJECTS = "com.nawforce.runforce.SObjects.";
    private static final String SYSTEM = "com.nawforce.runforce.System.";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java ExtractStandardSchema.java <sobject-types.jar> [other jars...]");
            System.exit(2);
        }
        URL[] urls = new URL[args.length];
        for (int i = 0; i < args.length; i++) {
            urls[i] = new File(args[i]).toURI().toURL();
        }
        List<String> classNames = sobjectClasses(args[0]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("{\"objects\":{");
        boolean firstObject = true;
        try (URLClassLoader loader = new URLClassLoader(urls, ExtractStandardSchema.class.getClassLoader())) {
            for (String className : classNames) {
                Field[] fields;
                try {
                    fields = Class.forName(className, false, loader).getDeclaredFields();
                } catch (Throwable e) {
                    System.err.println("skipped " + className + ": " + e);
                    continue;
                }
                if (!firstObject) {
                    sb.append(',');
                }
                firstObject = false;
                sb.append('"').append(className.substring(SOBJECTS.length())).append("\":[");
                boolean firstField = true;
                for (Field field : fields) {
                    int mod = field.getModifiers();
                    if (Modifier.isStatic(mod) || !Modifier.isPublic(mod)) {
                        continue;
                    }
                    Class<?> type = field.getType();
                    String kind;
                    String typeName;
                    if (type.isArray() && type.getComponentType().getName().startsWith(SOBJECTS)) {
                        kind = "a";
                        typeName = type.getComponentType().getName().substring(SOBJECTS.length());
                    } else if (type.getName().startsWith(SOBJECTS)) {
                        kind = "r";
                        typeName = type.getName().substring(SOBJECTS.length());
                    } else if (type.getName().startsWith(SYSTEM) && !type.getName().equals(SYSTEM + "SObject")) {
                        kind = "s";
                        typeName = type.getName().substring(SYSTEM.length());
                    } else {
                        kind = "o";
                        typeName = type.getSimpleName();
                    }
                    if (!firstField) {
                        sb.append(',');
                    }
                    firstField = false;
                    sb.append("[\"").append(field.getName()).append("\",\"").append(kind).append("\",\"");
                    sb.append(typeName.replace("\"", "")).append("\"]");
                }
                sb.append(']');
                if (sb.length() > (1 << 20)) {
                    out.print(sb);
                    sb.setLength(0);
                }
            }
        }
        sb.append("}}");
        out.print(sb);
        out.flush();
    }

    /** Names of the top-level classes in the SObjects package of the jar. */
    private static List<String> sobjectClasses(String jar) throws IOException {
        List<String> names = new ArrayList<>();
        String prefix = SOBJECTS.replace('.', '/');
        try (JarFile file = new JarFile(jar)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix) && name.endsWith(".class") && !name.contains("$")) {
                    String rest = name.substring(prefix.length(), name.length() - ".class".length());
                    if (!rest.contains("/")) {
                        names.add(rest.replace('/', '.'));
                    }
                }
            }
        }
        names.sort(null);
        List<String> qualified = new ArrayList<>(names.size());
        for (String n : names) {
            qualified.add(SOBJECTS + n);
        }
        return qualified;
    }
}
