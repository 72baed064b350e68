// The fault suites' Java producer (Kafka's Java client from the reference jars,
// run as a single-file program: java -cp 'libs/*' FaultProducer.java ...).
// An idempotent acks=all producer that sends NAME-<partition>-<seq> to each
// partition in turn, RATE records a second, until its stdin closes; then it
// flushes and exits. Each acknowledgement is one stdout line:
//   A <partition> <offset> <value>
// and each failed record: F <partition> <value> <exception class>.
import java.io.PrintStream;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

public class FaultProducer {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0], topic = args[1], name = args[3];
    int partitions = Integer.parseInt(args[2]);
    double rate = Double.parseDouble(args[4]);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    p.put(ProducerConfig.METADATA_MAX_AGE_CONFIG, "5000");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    PrintStream out = new PrintStream(System.out, false, "UTF-8");
    AtomicBoolean stop = new AtomicBoolean(false);
    Thread stdin = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
        }
      } catch (Exception e) {
        // closed
      }
      stop.set(true);
    });
    stdin.setDaemon(true);
    stdin.start();
    long[] seq = new long[partitions];
    long periodNs = (long) (1e9 / rate);
    long next = System.nanoTime();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      int part = 0;
      while (!stop.get()) {
        final int partition = part;
        final String value = name + "-" + partition + "-" + seq[partition]++;
        producer.send(new ProducerRecord<>(topic, partition, null, value), (md, e) -> {
          synchronized (out) {
            if (e == null) {
              out.println("A " + md.partition() + " " + md.offset() + " " + value);
            } else {
              out.println("F " + partition + " " + value + " " + e.getClass().getSimpleName());
            }
            out.flush();
          }
        });
        part = (part + 1) % partitions;
        next += periodNs;
        long sleep = next - System.nanoTime();
        if (sleep > 0) {
          Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
      }
      producer.flush();
    }
    synchronized (out) {
      out.println("DONE");
      out.flush();
    }
  }
}
