// Calls Kafka 3.9.1's own znode encoders (kafka.zk.*ZNode in kafka_2.13) on
// inputs a one-broker cluster cannot produce, and prints "<case>\t<bytes>"
// lines: the golden values of tests/cluster/data/zk/kafka-3.9.1-encoders.txt.
// Broker registrations carry the current time; it is printed as "<now>".
// Run: java -cp "$REF_LIBS/*" KafkaEncoders.java > ../kafka-3.9.1-encoders.txt
import java.nio.charset.StandardCharsets;
import java.util.*;
import kafka.api.LeaderAndIsr;
import kafka.cluster.EndPoint;
import kafka.controller.LeaderIsrAndControllerEpoch;
import kafka.zk.*;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.feature.Features;
import org.apache.kafka.common.feature.SupportedVersionRange;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.metadata.LeaderRecoveryState;
import org.apache.kafka.server.common.ProducerIdsBlock;
import scala.jdk.javaapi.CollectionConverters;

@SuppressWarnings({"unchecked", "rawtypes"})
public class KafkaEncoders {
  static void out(String name, byte[] bytes) {
    String s = bytes == null ? "<null>" : new String(bytes, StandardCharsets.UTF_8);
    System.out.println(name + "\t" + s.replaceAll("\"timestamp\":\"[0-9]+\"", "\"timestamp\":\"<now>\""));
  }

  @SafeVarargs
  static <T> scala.collection.immutable.Seq<T> seq(T... xs) {
    return CollectionConverters.asScala(Arrays.asList(xs)).toList();
  }

  static EndPoint ep(String host, int port, String listener, SecurityProtocol p) {
    return new EndPoint(host, port, new ListenerName(listener), p);
  }

  static Object replicaAssignment(List<Integer> r, List<Integer> add, List<Integer> remove) throws Exception {
    // ReplicaAssignment's constructor is private to Scala; its companion's apply is public bytecode.
    Class<?> companion = Class.forName("kafka.controller.ReplicaAssignment$");
    Object module = companion.getField("MODULE$").get(null);
    var apply = companion.getMethod("apply", scala.collection.Seq.class, scala.collection.Seq.class,
        scala.collection.Seq.class);
    return apply.invoke(module, CollectionConverters.asScala(r).toList(), CollectionConverters.asScala(add).toList(),
        CollectionConverters.asScala(remove).toList());
  }

  @SuppressWarnings("unchecked")
  static byte[] topic(Uuid id, int partitions, Map<Integer, List<Integer>> adding, Map<Integer, List<Integer>> removing)
      throws Exception {
    scala.collection.mutable.Map<TopicPartition, Object> m = new scala.collection.mutable.HashMap<>();
    for (int p = 0; p < partitions; ++p) {
      m.put(new TopicPartition("t", p), replicaAssignment(Arrays.asList(p % 3, (p + 1) % 3),
          adding.getOrDefault(p, List.of()), removing.getOrDefault(p, List.of())));
    }
    var encode = TopicZNode.class.getMethod("encode", scala.Option.class, scala.collection.Map.class);
    return (byte[]) encode.invoke(null, scala.Option.apply(id), m);
  }

  static Features<SupportedVersionRange> features(String... nameMinMax) {
    Map<String, SupportedVersionRange> m = new LinkedHashMap<>();
    for (int i = 0; i < nameMinMax.length; i += 3) {
      m.put(nameMinMax[i], new SupportedVersionRange(Short.parseShort(nameMinMax[i + 1]),
          Short.parseShort(nameMinMax[i + 2])));
    }
    return Features.supportedFeatures(m);
  }

  public static void main(String[] args) throws Exception {
    Features<SupportedVersionRange> none = features();
    // Broker registrations (BrokerIdZNode.encode(version, host, port, endpoints, jmxPort, rack, features)).
    out("broker.v5.rack.three_listeners", BrokerIdZNode.encode(5, "broker2", 9092,
        seq(ep("10.0.0.2", 9093, "INTERNAL", SecurityProtocol.SASL_SSL), ep("broker2", 9092, "PLAINTEXT",
            SecurityProtocol.PLAINTEXT), ep("::1", 9094, "V6", SecurityProtocol.SSL)),
        9999, scala.Option.apply("rack-a"), features("metadata.version", "1", "21")));
    out("broker.v5.no_plaintext", BrokerIdZNode.encode(5, null, -1, seq(ep("h", 9093, "SSL", SecurityProtocol.SSL)),
        -1, scala.Option.empty(), none));
    out("broker.v5.wildcard_host", BrokerIdZNode.encode(5, null, 9092,
        seq(ep(null, 9092, "PLAINTEXT", SecurityProtocol.PLAINTEXT)), -1, scala.Option.empty(), none));
    out("broker.v5.six_listeners", BrokerIdZNode.encode(5, "h", 1, seq(ep("h", 1, "PLAINTEXT",
        SecurityProtocol.PLAINTEXT), ep("h", 2, "SSL", SecurityProtocol.SSL), ep("h", 3, "INTERNAL",
        SecurityProtocol.SASL_PLAINTEXT), ep("h", 4, "EXTERNAL", SecurityProtocol.SASL_SSL), ep("h", 5, "REPLICATION",
        SecurityProtocol.SSL), ep("h", 6, "CONTROLLER", SecurityProtocol.PLAINTEXT)), 7071, scala.Option.apply("r1"),
        none));
    out("broker.v5.features", BrokerIdZNode.encode(5, "h", 9092, seq(ep("h", 9092, "PLAINTEXT",
        SecurityProtocol.PLAINTEXT)), -1, scala.Option.empty(), features("metadata.version", "1", "21",
        "kraft.version", "0", "1", "group.version", "0", "1", "transaction.version", "0", "2")));
    out("broker.v4.rack", BrokerIdZNode.encode(4, "h", 9092, seq(ep("h", 9092, "PLAINTEXT",
        SecurityProtocol.PLAINTEXT)), 9999, scala.Option.apply("dc1"), none));
    out("broker.v2", BrokerIdZNode.encode(2, "h", 9092, seq(ep("h", 9092, "PLAINTEXT",
        SecurityProtocol.PLAINTEXT)), 9999, scala.Option.apply("dc1"), none));

    // Topic assignments of 1..40 and some larger partition counts.
    Uuid id = Uuid.fromString("GWAgQaNbR_KD-g1pK_jnSg");
    for (int n : new int[] {1, 2, 3, 5, 8, 11, 12, 13, 16, 20, 23, 24, 25, 30, 40, 47, 48, 49, 64, 96, 97, 100, 200}) {
      out("topic.partitions." + n, topic(id, n, Map.of(), Map.of()));
    }
    out("topic.no_id", topic(null, 2, Map.of(), Map.of()));
    out("topic.reassigning", topic(id, 14, Map.of(0, List.of(2), 3, List.of(4, 5), 13, List.of(7)),
        Map.of(0, List.of(0), 13, List.of(1))));

    // Partition states.
    out("state.recovering", TopicPartitionStateZNode.encode(new LeaderIsrAndControllerEpoch(
        LeaderAndIsr.apply(2, 7, (scala.collection.immutable.List) CollectionConverters.asScala(List.of(2, 1)).toList(), LeaderRecoveryState.RECOVERING,
            0), 4)));
    out("state.during_delete", TopicPartitionStateZNode.encode(new LeaderIsrAndControllerEpoch(
        LeaderAndIsr.apply(-2, 3, (scala.collection.immutable.List) CollectionConverters.asScala(List.of(1)).toList(), LeaderRecoveryState.RECOVERED,
            0), 4)));

    // Controller.
    out("controller.kraft_epoch", ControllerZNode.encode(3000, 1700000000000L, 5));
    out("controller_epoch.42", ControllerEpochZNode.encode(42));

    // Entity configs: Properties filled in the given order.
    String[][] configs = {
        {"cleanup.policy", "compact", "retention.ms", "86400000", "min.insync.replicas", "1"},
        {"min.insync.replicas", "1", "retention.ms", "86400000", "cleanup.policy", "compact"},
        {"segment.bytes", "1048576", "max.message.bytes", "2000000", "cleanup.policy", "compact", "retention.ms",
            "86400000", "min.insync.replicas", "1"},
        {"a", "1", "q", "2", "b", "3", "r", "4", "c", "5", "s", "6", "d", "7", "t", "8", "e", "9", "u", "10", "f", "11",
            "v", "12", "g", "13", "w", "14", "h", "15", "x", "16", "i", "17", "y", "18", "j", "19", "z", "20", "k",
            "21", "1", "22", "2", "23", "3", "24", "4", "25"},
        {"escapes", "q\"b\\s/t\tn\nr\rf\fb\bc\u0001\u001fd\u007f\u00e9\u20ac"},
        {"ssl.keystore.password", "secret", "listener.name.external.ssl.keystore.location", "/k",
            "log.retention.ms", "1", "log.segment.bytes", "2", "num.io.threads", "3", "log.cleaner.threads", "4",
            "message.max.bytes", "5", "unclean.leader.election.enable", "true", "compression.type", "zstd",
            "leader.replication.throttled.rate", "100", "follower.replication.throttled.rate", "100",
            "log.flush.interval.ms", "7", "background.threads", "8", "max.connections", "9"},
    };
    for (int i = 0; i < configs.length; ++i) {
      Properties p = new Properties();
      for (int k = 0; k < configs[i].length; k += 2) p.setProperty(configs[i][k], configs[i][k + 1]);
      out("config." + i, ConfigEntityZNode.encode(p));
    }
    out("config.empty", ConfigEntityZNode.encode(new Properties()));
    out("config_change.topic", ConfigEntityChangeNotificationSequenceZNode.encode("topics/events"));
    out("config_change.user_client", ConfigEntityChangeNotificationSequenceZNode.encode("users/alice/clients/app"));

    // Notifications and admin znodes over sets and maps of partitions.
    for (int n : new int[] {1, 3, 4, 5, 9}) {
      Set<TopicPartition> s = new LinkedHashSet<>();
      for (int p = 0; p < n; ++p) s.add(new TopicPartition(p % 2 == 0 ? "orders" : "events", p));
      scala.collection.immutable.Set set = (scala.collection.immutable.Set) CollectionConverters.asScala(s).toSet();
      out("isr_change." + n, IsrChangeNotificationSequenceZNode.encode(set));
      out("preferred_election." + n, PreferredReplicaElectionZNode.encode(set));
      scala.collection.mutable.Map<TopicPartition, scala.collection.Seq<Object>> r =
          new scala.collection.mutable.LinkedHashMap<>();
      for (TopicPartition tp : s) r.put(tp, CollectionConverters.asScala(List.<Object>of(1, 2)).toList());
      out("reassign." + n, ReassignPartitionsZNode.encode(r));
    }
    out("log_dir_event.3", LogDirEventNotificationSequenceZNode.encode(3));
    out("producer_id_block.1000", ProducerIdBlockZNode.generateProducerIdBlockJson(new ProducerIdsBlock(2, 1000, 1000)));
    out("cluster_id", ClusterIdZNode.toJson("lAQGqh_zRXC9pt0dAY2iRw"));

    // The feature znode, v1 and v2.
    Map<String, Object> fj = new LinkedHashMap<>();
    fj.put("metadata.version", (short) 21);
    fj.put("kraft.version", (short) 1);
    scala.collection.immutable.Map f = scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(fj));
    var cls = Class.forName("kafka.zk.FeatureZNode");
    var ctor = cls.getConstructor(int.class, FeatureZNodeStatus.class, scala.collection.Map.class);
    out("feature.v2.enabled.two", FeatureZNode.encode((FeatureZNode) ctor.newInstance(2,
        FeatureZNodeStatus.Enabled$.MODULE$, f)));
    out("feature.v1.enabled.two", FeatureZNode.encode((FeatureZNode) ctor.newInstance(1,
        FeatureZNodeStatus.Enabled$.MODULE$, f)));
    out("feature.v2.disabled.empty", FeatureZNode.encode((FeatureZNode) ctor.newInstance(2,
        FeatureZNodeStatus.Disabled$.MODULE$, scala.collection.immutable.Map$.MODULE$.empty())));
  }
}
