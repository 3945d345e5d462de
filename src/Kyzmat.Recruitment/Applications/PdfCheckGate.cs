using Kyzmat.Recruitment.Common;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Bounds the anonymous PDF check in time and concurrency. PDFsharp's reader takes no cancellation and some files make
/// it work very long, so it runs on a worker thread: the request waits at most
/// <see cref="ApplicationOptions.VerificationTimeout"/> (then DOCUMENT_CANNOT_BE_CHECKED), and a slot of
/// <see cref="ApplicationOptions.VerificationConcurrency"/> stays taken until the reader has really finished — so
/// runaway readers can never hold more than that many threads, and a check that finds no slot free is answered
/// VERIFICATION_BUSY at once.
/// </summary>
public sealed class PdfCheckGate(IOptions<ApplicationOptions> options, PdfNumberReader reader) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.VerificationConcurrency));

    public async Task<string?> ReadNumberAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        if (!_slots.Wait(0, CancellationToken.None))
        {
            throw new UserInputException(UserErrorCodes.VerificationBusy);
        }

        Task<string?> reading;
        try
        {
            reading = Task.Run(() => reader.Read(pdf), CancellationToken.None);
        }
        catch
        {
            _slots.Release();
            throw;
        }

        _ = reading.ContinueWith(_ => _slots.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await reading.WaitAsync(options.Value.VerificationTimeout, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw new UserInputException(UserErrorCodes.DocumentCannotBeChecked, ex);
        }
    }

    public void Dispose() => _slots.Dispose();
}
