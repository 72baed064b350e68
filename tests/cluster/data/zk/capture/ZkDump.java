// Prints every znode under a root of a running ZooKeeper: one block per znode,
//   path <TAB> ephemeral|persistent <TAB> data version
//   the data bytes as written (or "<null>"), then a line "--".
// Used to capture the golden znodes of Kafka 3.9.1 (see ../README.md).
// Run: java -cp "$REF_LIBS/*" ZkDump.java 127.0.0.1:23181 /
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.Stat;

public class ZkDump {
  static void dump(ZooKeeper zk, String path) throws Exception {
    Stat stat = new Stat();
    byte[] data = zk.getData(path, false, stat);
    System.out.println(path + "\t" + (stat.getEphemeralOwner() != 0 ? "ephemeral" : "persistent")
        + "\t" + stat.getVersion());
    System.out.println(data == null ? "<null>" : new String(data, StandardCharsets.UTF_8));
    System.out.println("--");
    List<String> children = zk.getChildren(path, false);
    Collections.sort(children);
    for (String c : children) dump(zk, (path.equals("/") ? "" : path) + "/" + c);
  }

  public static void main(String[] args) throws Exception {
    CountDownLatch connected = new CountDownLatch(1);
    ZooKeeper zk = new ZooKeeper(args[0], 10000, e -> connected.countDown());
    connected.await();
    dump(zk, args.length > 1 ? args[1] : "/");
    zk.close();
  }
}
