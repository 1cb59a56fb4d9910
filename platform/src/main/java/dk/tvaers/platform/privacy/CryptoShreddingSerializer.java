package dk.tvaers.platform.privacy;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.SecretKey;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event serializer of every service: JSON (Axon's Jackson 3 serializer), except that an event's
 * {@link Erasable} components are stored encrypted with the key of its {@link DataSubject} citizen. Once
 * that key is deleted, the components read as {@code null}: the events stay in the append-only store,
 * the personal data in them is gone.
 */
public class CryptoShreddingSerializer implements Serializer {

    static final String PREFIX = "erasable:v1:";

    private record ErasableFields(String subject, List<String> names) {
    }

    private static final ClassValue<Optional<ErasableFields>> FIELDS = new ClassValue<>() {
        @Override
        protected Optional<ErasableFields> computeValue(Class<?> type) {
            return inspect(type);
        }
    };

    private final Jackson3Serializer delegate;
    private final ObjectMapper mapper;
    private final CitizenKeyStore keys;
    /**
     * The classes of the types read so far. Axon's serializer looks each type's class up by name for every message
     * it reads (metadata included), a class loader's lookup that was a hundredth of the platform's CPU under load.
     */
    private final Map<TypeName, Class<?>> classes = new ConcurrentHashMap<>();

    private record TypeName(String name, String revision) {
    }

    public CryptoShreddingSerializer(Jackson3Serializer delegate, CitizenKeyStore keys) {
        this.delegate = delegate;
        this.mapper = delegate.getObjectMapper();
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        Optional<ErasableFields> fields = object == null ? Optional.empty() : FIELDS.get(object.getClass());
        if (fields.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = (ObjectNode) mapper.valueToTree(object);
        UUID citizen = subject(tree, fields.get());
        if (citizen != null) {
            SecretKey key = keys.keyFor(citizen);
            for (String name : fields.get().names()) {
                JsonNode value = tree.get(name);
                if (value != null && !value.isNull()) {
                    byte[] sealed = keys.encrypt(key, mapper.writeValueAsBytes(value));
                    tree.put(name, PREFIX + Base64.getEncoder().encodeToString(sealed));
                }
            }
        }
        byte[] bytes = mapper.writeValueAsBytes(tree);
        return new SimpleSerializedObject<>(getConverter().convert(bytes, expectedRepresentation),
                expectedRepresentation, typeForClass(object.getClass()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        Optional<ErasableFields> fields = FIELDS.get(type);
        if (fields.isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        byte[] bytes = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(),
                byte[].class);
        ObjectNode tree = (ObjectNode) mapper.readTree(bytes);
        UUID citizen = subject(tree, fields.get());
        Optional<SecretKey> key = citizen == null ? Optional.empty() : keys.existingKeyFor(citizen);
        for (String name : fields.get().names()) {
            JsonNode value = tree.get(name);
            if (value != null && value.isString() && value.asString().startsWith(PREFIX)) {
                if (key.isPresent()) {
                    byte[] sealed = Base64.getDecoder().decode(value.asString().substring(PREFIX.length()));
                    tree.set(name, mapper.readTree(CitizenKeyStore.decrypt(key.get(), sealed)));
                } else {
                    tree.putNull(name);
                }
            }
        }
        return (T) mapper.treeToValue(tree, type);
    }

    private static UUID subject(ObjectNode tree, ErasableFields fields) {
        JsonNode subject = tree.get(fields.subject());
        return subject == null || subject.isNull() ? null : UUID.fromString(subject.asString());
    }

    private static Optional<ErasableFields> inspect(Class<?> type) {
        List<String> erasable = new ArrayList<>();
        String subject = null;
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(Erasable.class)) {
                    erasable.add(component.getName());
                }
                if (component.isAnnotationPresent(DataSubject.class)) {
                    subject = component.getName();
                }
            }
        } else {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Erasable.class)) {
                    erasable.add(field.getName());
                }
                if (field.isAnnotationPresent(DataSubject.class)) {
                    subject = field.getName();
                }
            }
        }
        if (erasable.isEmpty()) {
            return Optional.empty();
        }
        if (subject == null) {
            throw new IllegalStateException(type.getName() + " has @Erasable parts but no @DataSubject citizen");
        }
        return Optional.of(new ErasableFields(subject, List.copyOf(erasable)));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        TypeName name = new TypeName(type.getName(), type.getRevision());
        Class<?> known = classes.get(name);
        if (known != null) {
            return known;
        }
        Class<?> found = delegate.classForType(type);
        if (found != UnknownSerializedType.class) {
            // an unknown type is looked up again next time, in case it was a passing failure
            classes.put(name, found);
        }
        return found;
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
