/*
 * TestJdbc.java
 *		ntrk through the PostgreSQL JDBC driver (Debian libpostgresql-jdbc-java):
 *		fusion values read with getString and getObject, written with setString
 *		and setObject, arrays, errors with their SQLSTATE, binary transfer of
 *		fusion_send, and the guidance function called through a
 *		PreparedStatement with parameters.
 *
 * Connects with the libpq environment (PGHOST, PGPORT, PGUSER, PGDATABASE,
 * PGPASSWORD).
 * The driver speaks TCP only, so when PGHOST is a socket directory the
 * connection goes through UnixSocketFactory below (a Unix-domain channel
 * behind java.net.Socket, Java 16+).  Prints TAP.
 */
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.postgresql.util.PGobject;

public class TestJdbc
{
	private static final List<Boolean> results = new ArrayList<>();

	/* Record one TAP assertion (and print diagnostics on failure). */
	private static void check(boolean ok, String name, Object diag)
	{
		results.add(ok);
		System.out.println((ok ? "ok " : "not ok ") + results.size() + " - " + name);
		if (!ok && diag != null)
			for (String line : String.valueOf(diag).split("\n"))
				System.out.println("# " + line);
	}

	/* A java.net.Socket over a Unix-domain socket channel. */
	static final class UnixSocket extends Socket
	{
		private final String path;
		private SocketChannel channel;

		UnixSocket(String path)
		{
			this.path = path;
		}

		@Override
		public void connect(SocketAddress ignored, int timeout) throws IOException
		{
			channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			channel.connect(UnixDomainSocketAddress.of(path));
		}

		@Override
		public void connect(SocketAddress ignored) throws IOException
		{
			connect(ignored, 0);
		}

		@Override
		public InputStream getInputStream()
		{
			return Channels.newInputStream(channel);
		}

		@Override
		public OutputStream getOutputStream()
		{
			return Channels.newOutputStream(channel);
		}

		@Override
		public boolean isConnected()
		{
			return channel != null && channel.isConnected();
		}

		@Override
		public boolean isClosed()
		{
			return channel != null && !channel.isOpen();
		}

		@Override
		public void close() throws IOException
		{
			if (channel != null)
				channel.close();
		}

		/* TCP options mean nothing on a Unix socket */
		@Override
		public void setTcpNoDelay(boolean on)
		{
		}

		@Override
		public void setKeepAlive(boolean on)
		{
		}

		@Override
		public void setSoTimeout(int timeout)
		{
		}

		@Override
		public int getSoTimeout()
		{
			return 0;
		}

		@Override
		public void setReceiveBufferSize(int size)
		{
		}

		@Override
		public void setSendBufferSize(int size)
		{
		}
	}

	/* The driver instantiates this with socketFactoryArg = the socket path. */
	public static final class UnixSocketFactory extends javax.net.SocketFactory
	{
		private final String path;

		public UnixSocketFactory(String path)
		{
			this.path = path;
		}

		@Override
		public Socket createSocket()
		{
			return new UnixSocket(path);
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException
		{
			Socket s = createSocket();

			s.connect(null);
			return s;
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException
		{
			return createSocket(host, port);
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException
		{
			return createSocket("", port);
		}

		@Override
		public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException
		{
			return createSocket("", port);
		}
	}

	/* A connection from the libpq environment variables. */
	private static Connection connect() throws SQLException
	{
		String host = System.getenv().getOrDefault("PGHOST", "localhost");
		String port = System.getenv().getOrDefault("PGPORT", "5432");
		String user = System.getenv().getOrDefault("PGUSER", System.getProperty("user.name"));
		String db = System.getenv().getOrDefault("PGDATABASE", user);
		Properties props = new Properties();
		props.setProperty("user", user);
		/* pg_virtualenv and CI pass a password this way, as libpq reads it */
		String password = System.getenv("PGPASSWORD");
		if (password != null)
			props.setProperty("password", password);
		String url;

		if (host.startsWith("/"))
		{
			/* Unix socket: the host in the URL is not used */
			url = "jdbc:postgresql://localhost:" + port + "/" + db;
			props.setProperty("socketFactory", UnixSocketFactory.class.getName());
			props.setProperty("socketFactoryArg", host + "/.s.PGSQL." + port);
		}
		else
			url = "jdbc:postgresql://" + host + ":" + port + "/" + db;
		return DriverManager.getConnection(url, props);
	}

	/* The SQLSTATE of a statement that should fail, or "no error". */
	private static String sqlstate(PreparedStatement ps)
	{
		try
		{
			ps.executeQuery().close();
			return "no error";
		}
		catch (SQLException e)
		{
			return e.getSQLState() + " " + e.getMessage();
		}
	}

	public static void main(String[] args) throws Exception
	{
		try (Connection conn = connect())
		{
			run(conn);
		}
		catch (Exception e)
		{
			check(false, "client ran to the end", e);
		}
		System.out.println("1.." + results.size());
		System.exit(results.contains(false) ? 1 : 0);
	}

	private static void run(Connection conn) throws SQLException
	{
		/* getString / getObject of a fusion column */
		try (PreparedStatement ps = conn.prepareStatement("SELECT ?::fusion, NULL::fusion"))
		{
			ps.setString(1, "NTRK3-ETV6 fusion - Archer");
			try (ResultSet rs = ps.executeQuery())
			{
				rs.next();
				Object o = rs.getObject(1);
				check("NTRK3/ETV6".equals(rs.getString(1)), "getString: canonical form of a '-' notation",
					  rs.getString(1));
				check(o instanceof PGobject && "fusion".equals(((PGobject) o).getType())
					  && "NTRK3/ETV6".equals(((PGobject) o).getValue()),
					  "getObject: a PGobject of type fusion", o);
				check(rs.getString(2) == null && rs.wasNull(), "NULL fusion is null", null);
			}
		}

		/* setObject with a PGobject of type fusion, compared across notations */
		try (PreparedStatement ps = conn.prepareStatement(
				"SELECT ? = 'ETV6::NTRK3'::fusion, fusion_order_guaranteed(?)"))
		{
			PGobject a = new PGobject();
			PGobject b = new PGobject();

			a.setType("fusion");
			a.setValue("etv6--ntrk3");
			b.setType("fusion");
			b.setValue("NTRK1-TPM3");
			ps.setObject(1, a);
			ps.setObject(2, b);
			try (ResultSet rs = ps.executeQuery())
			{
				rs.next();
				check(rs.getBoolean(1) && !rs.getBoolean(2),
					  "setObject(PGobject fusion): equality across notations, order flag", null);
			}
		}

		/* a fusion[] result read with getArray */
		try (Statement st = conn.createStatement();
			 ResultSet rs = st.executeQuery("SELECT ARRAY['ETV6-NTRK3', 'trka::tpm3']::fusion[]"))
		{
			rs.next();
			Object[] arr = (Object[]) rs.getArray(1).getArray();
			check(arr.length == 2 && "ETV6/NTRK3".equals(String.valueOf(arr[0]))
				  && "NTRK1::TPM3".equals(String.valueOf(arr[1])),
				  "getArray on fusion[]", java.util.Arrays.toString(arr));
		}

		/* errors keep their SQLSTATE and name the type */
		try (PreparedStatement ps = conn.prepareStatement("SELECT ?::fusion"))
		{
			ps.setString(1, "FOO1-BAR2");
			String state = sqlstate(ps);
			check(state.startsWith("22P02") && state.contains("type fusion"),
				  "bad input: SQLSTATE 22P02, message names the type", state);
		}

		/* binary: fusion_send as bytea, read with getBytes */
		try (PreparedStatement ps = conn.prepareStatement("SELECT fusion_send(?::fusion)"))
		{
			ps.setString(1, "ETV6(e5)::NTRK3(e15)");
			try (ResultSet rs = ps.executeQuery())
			{
				rs.next();
				byte[] sent = rs.getBytes(1);
				check(sent.length > 2 && sent[0] == 1, "getBytes(fusion_send): format version 1", null);
			}
		}

		/*
		 * the guidance function with parameters, run six times: from the
		 * fifth run on (prepareThreshold) the driver uses a named
		 * server-side statement
		 */
		String guidance = "SELECT rank, biomarker_state::text, therapy"
			+ "  FROM ntrk_guidance(fusions => ?::fusion[], prior_trk_inhibitors => ?,"
			+ "                     cns_metastases => ?, age => ?, stage => ?, tumour_type => ?)"
			+ " WHERE rank = 1 ORDER BY therapy";
		try (PreparedStatement ps = conn.prepareStatement(guidance))
		{
			StringBuilder wrong = new StringBuilder();

			for (int round = 1; round <= 6; round++)
			{
				StringBuilder got = new StringBuilder();

				ps.setArray(1, conn.createArrayOf("text", new String[] {"NTRK1-TPM3"}));
				ps.setArray(2, conn.createArrayOf("text", new String[] {}));
				ps.setBoolean(3, false);
				ps.setBigDecimal(4, new java.math.BigDecimal(58));
				ps.setString(5, "IV");
				ps.setString(6, "NSCLC");
				try (ResultSet rs = ps.executeQuery())
				{
					while (rs.next())
						got.append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ')
							.append(rs.getString(3)).append(';');
				}
				if (!"1 ntrk_fusion entrectinib;1 ntrk_fusion larotrectinib;".equals(got.toString()))
					wrong.append("run ").append(round).append(": ").append(got).append('\n');
			}
			check(wrong.length() == 0,
				  "ntrk_guidance with parameters, 6 runs: first-line options for NTRK1-TPM3 in NSCLC", wrong);
		}
		try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM ntrk_guidance(tumour_type => ?)"))
		{
			ps.setString(1, "leukaemia");
			String state = sqlstate(ps);
			check(state.startsWith("22023"), "ntrk_guidance refuses an unknown tumour type with 22023", state);
		}
	}
}
