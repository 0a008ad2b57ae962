package io.github.schedkit.bench.percall;

import io.github.schedkit.bench.server.Route;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Makes {@link CannedResponseSocket}s: sockets that answer each HTTP/1.1 request from a {@link
 * Route} in memory. An {@code OkHttpClient} built with this factory runs its whole HTTP path (every
 * interceptor, the connection pool, the HTTP/1.1 codec) without a server thread or the network.
 */
final class InMemorySocketFactory extends SocketFactory {
  private final Route route;

  /**
   * Creates the factory.
   *
   * @param route answers each request; the same route the loopback server uses
   */
  InMemorySocketFactory(Route route) {
    this.route = route;
  }

  @Override
  public Socket createSocket() {
    return new CannedResponseSocket(route);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(address, port));
  }

  private Socket connected(InetSocketAddress address) throws IOException {
    Socket socket = createSocket();
    socket.connect(address);
    return socket;
  }
}
