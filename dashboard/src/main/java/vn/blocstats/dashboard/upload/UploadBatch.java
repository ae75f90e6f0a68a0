package vn.blocstats.dashboard.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.blocstats.dashboard.upload.UploadService.Received;

/**
 * The files a steward has uploaded on one import screen and not yet loaded or discarded, at most
 * {@value UploadService#MAX_FILES}. The browser sends several files at once, each in its own
 * request: a place is reserved before a file is stored, so that the limit holds however they
 * interleave. Thread-safe.
 */
final class UploadBatch {

	private final int max;
	private final List<Received> files = new ArrayList<>();
	private int reserved;

	UploadBatch(int max) {
		this.max = max;
	}

	/** Reserves a place for a file about to be stored; false when the batch is full. */
	synchronized boolean reserve() {
		if (files.size() + reserved >= max) {
			return false;
		}
		reserved++;
		return true;
	}

	/** Gives back a reserved place (the file was refused). */
	synchronized void release() {
		reserved--;
	}

	/** Puts the stored file in the place reserved for it. */
	synchronized void add(Received file) {
		reserved--;
		files.add(file);
	}

	/** Takes out the newest file shown under {@code name} (the steward removed it from the list). */
	synchronized Optional<Received> remove(String name) {
		for (int i = files.size() - 1; i >= 0; i--) {
			if (files.get(i).name().equals(name)) {
				return Optional.of(files.remove(i));
			}
		}
		return Optional.empty();
	}

	/** The files, in the order they arrived. */
	synchronized List<Received> files() {
		return List.copyOf(files);
	}

	/** Takes every file out and returns them. */
	synchronized List<Received> clear() {
		List<Received> out = List.copyOf(files);
		files.clear();
		return out;
	}

	synchronized boolean isEmpty() {
		return files.isEmpty();
	}
}
