using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Pms.Patients.Infrastructure.Documents;

/// <summary>
/// Keeps document bytes in <c>patientdb</c> (table <c>DocumentContents</c>, one <c>bytea</c> per
/// document) on the DbContext's connection, so they commit with the metadata and are backed up with it.
/// </summary>
public sealed class PostgresDocumentContentStore(PatientDbContext db) : IDocumentContentStore
{
    // Npgsql writes a stream parameter to the server in chunks: a 20 MiB upload no longer becomes a 20 MiB array that
    // the garbage collector's large-object heap keeps long after the request.
    public async Task SaveAsync(Guid documentId, Stream content, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "DocumentContents" ("DocumentId", "Content") VALUES (@id, @content)""",
            [new NpgsqlParameter("id", documentId), new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = content }],
            cancellationToken);

    public async Task<Stream?> OpenReadAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        DbDataReader? reader = null;
        try
        {
            command.CommandText = """SELECT "Content" FROM "DocumentContents" WHERE "DocumentId" = @id""";
            var id = command.CreateParameter();
            id.ParameterName = "id";
            id.Value = documentId;
            command.Parameters.Add(id);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();

            // Sequential access streams the bytes from the socket instead of buffering up to 20 MiB per download.
            reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                return new ReaderStream(reader.GetStream(0), reader, command, db);
            }
        }
        catch
        {
            await ReleaseAsync(reader, command);
            throw;
        }

        await ReleaseAsync(reader, command);
        return null;
    }

    public async Task DeleteAsync(Guid documentId, CancellationToken cancellationToken) =>
        await db.Set<DocumentContent>().Where(content => content.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);

    private async Task ReleaseAsync(DbDataReader? reader, DbCommand command)
    {
        if (reader is not null)
        {
            await reader.DisposeAsync();
        }

        await command.DisposeAsync();
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>The content column of an open reader; disposing it ends the query and gives the connection back.</summary>
    private sealed class ReaderStream(Stream content, DbDataReader reader, DbCommand command, PatientDbContext db) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => content.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            content.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            content.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private bool _disposed;

        public override async ValueTask DisposeAsync()
        {
            if (!_disposed)
            {
                _disposed = true;
                await content.DisposeAsync();
                await reader.DisposeAsync();
                await command.DisposeAsync();
                await db.Database.CloseConnectionAsync();
            }

            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                content.Dispose();
                reader.Dispose();
                command.Dispose();
                db.Database.CloseConnection();
            }

            base.Dispose(disposing);
        }
    }
}
