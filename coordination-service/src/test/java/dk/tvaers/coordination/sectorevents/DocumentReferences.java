package dk.tvaers.coordination.sectorevents;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Follows every {@code $ref} of an AsyncAPI document and of the JSON Schemas it leads to, wherever the files are
 * read from (the classpath, or over HTTP), and says which do not resolve: a missing file, or a fragment
 * ({@code #/components/messages/X}, {@code #/$defs/uuid}) that is not in its file.
 */
final class DocumentReferences {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The files read, by URI, and the references that did not resolve, in words. */
    record Result(Map<URI, Object> files, List<String> unresolved) {
    }

    private DocumentReferences() {
    }

    /** @param read a file's text by its URI, or empty if there is none */
    static Result follow(URI document, Function<URI, Optional<String>> read) {
        Map<URI, Object> files = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        Deque<URI> toRead = new ArrayDeque<>(List.of(document));
        files.put(document, parse(document, read.apply(document).orElseThrow(() ->
                new AssertionError("no document at " + document))));
        while (!toRead.isEmpty()) {
            URI file = toRead.pop();
            for (String ref : references(files.get(file), new ArrayList<>())) {
                URI target = file.resolve(ref);
                URI targetFile = withoutFragment(target);
                if (!files.containsKey(targetFile)) {
                    Optional<String> text = read.apply(targetFile);
                    if (text.isEmpty()) {
                        unresolved.add(file + ": " + ref + " (no file " + targetFile + ")");
                        continue;
                    }
                    files.put(targetFile, parse(targetFile, text.get()));
                    toRead.add(targetFile);
                }
                if (target.getFragment() != null && !target.getFragment().isEmpty()
                        && pointer(files.get(targetFile), target.getFragment()).isEmpty()) {
                    unresolved.add(file + ": " + ref + " (no " + target.getFragment() + " in " + targetFile + ")");
                }
            }
        }
        return new Result(files, unresolved);
    }

    /** The node a JSON pointer ({@code /components/messages/X}) leads to in a parsed file. */
    @SuppressWarnings("unchecked")
    static Optional<Object> pointer(Object root, String pointer) {
        Object node = root;
        for (String token : pointer.substring(1).split("/")) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (node instanceof Map<?, ?> map && map.containsKey(key)) {
                node = ((Map<String, Object>) map).get(key);
            } else if (node instanceof List<?> list && key.matches("\\d+") && Integer.parseInt(key) < list.size()) {
                node = list.get(Integer.parseInt(key));
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(node);
    }

    private static Object parse(URI file, String text) {
        return file.getPath().endsWith(".yaml") ? new Yaml().load(text) : JSON.readValue(text, Object.class);
    }

    private static List<String> references(Object node, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("$ref".equals(key) && value instanceof String ref) {
                    found.add(ref);
                } else {
                    references(value, found);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> references(item, found));
        }
        return found;
    }

    private static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }
}
